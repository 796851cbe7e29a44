package vn.ubnd.baocao;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All user text lives in {@code messages*.properties}: templates carry no hard-coded words, and every key that the
 * templates and the code use exists, in every locale file.
 */
class I18nPropertiesSyncTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path JAVA = Path.of("src/main/java");

	/** Attributes whose text a person reads. */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	/** Elements whose text is set by Thymeleaf (the text in the file is only a placeholder). */
	private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:errors");

	/** Letters of any language: text made only of punctuation, digits and symbols is not language. */
	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	private static final Pattern CODE_KEY = Pattern.compile(
			"\"\\{?((?:account|unit|leader|login|error|home|role|nav|common|validation|report|indicator|review|register|rendering|importing|checking|dashboard|number)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\\}?\"");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				if (isReplaced(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (WORD.matcher(text.text()).find()) {
						offences.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
								+ text.text().strip() + "\"");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute) && WORD.matcher(element.attr(attribute)).find()) {
						offences.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
								+ element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(offences).as("text in templates must come from messages.properties").isEmpty();
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		Properties messages = load("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					// an audit action code ("report.submit") is shown by its label "audit.action.report.submit"
					if (!messages.containsKey(matcher.group(1))
							&& !messages.containsKey("audit.action." + matcher.group(1))) {
						missing.add(JAVA.relativize(source) + ": " + matcher.group(1));
					}
				}
			}
		}
		for (Role role : Role.values()) {
			check(messages, role.messageKey(), missing);
		}
		for (UnitLevel level : UnitLevel.values()) {
			check(messages, level.messageKey(), missing);
		}
		for (LeaderPosition position : LeaderPosition.values()) {
			check(messages, position.messageKey(), missing);
		}
		for (vn.ubnd.baocao.report.PeriodType type : vn.ubnd.baocao.report.PeriodType.values()) {
			check(messages, type.messageKey(), missing);
		}
		for (vn.ubnd.baocao.report.ReportStatus status : vn.ubnd.baocao.report.ReportStatus.values()) {
			check(messages, status.messageKey(), missing);
		}
		for (vn.ubnd.baocao.report.SignatureForm form : vn.ubnd.baocao.report.SignatureForm.values()) {
			check(messages, "report.signature.form." + form.name(), missing);
		}
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	@Test
	void everyLocaleHasTheSameKeys() throws IOException {
		Set<Object> keys = load("messages.properties").keySet();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path file : files.filter((p) -> p.getFileName().toString().matches("messages_.+\\.properties"))
				.toList()) {
				assertThat(load(file.getFileName().toString()).keySet()).as(file.toString())
					.containsExactlyInAnyOrderElementsOf(keys);
			}
		}
	}

	@Test
	void vietnameseTextIsStoredInNfc() throws IOException {
		String text = Files.readString(RESOURCES.resolve("messages.properties"), StandardCharsets.UTF_8);
		assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)).isTrue();
		assertThat(load("messages.properties").getProperty("login.title")).isEqualTo("Đăng nhập");
	}

	private static void check(Properties messages, String key, List<String> missing) {
		if (!messages.containsKey(key)) {
			missing.add("enum key " + key);
		}
	}

	private static boolean isReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING_ATTRIBUTES) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
			if ("script".equals(e.tagName()) || "style".equals(e.tagName())) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
