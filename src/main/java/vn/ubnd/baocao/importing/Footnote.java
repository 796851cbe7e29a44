package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A footnote: its id as written in the marker ({@code "1"} for {@code ¹}, {@code <sup>1</sup>} or {@code [1]}) and
 * its text.
 * <p>
 * In imported text a footnote reference is replaced by the placeholder {@code [^id]} (the Markdown footnote syntax),
 * wherever it stood: in a paragraph, a bullet, a section title or the summary line. {@link #referencesIn(String)}
 * finds them again.
 */
public record Footnote(String id, String text) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

	public Footnote {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(text, "text");
	}

	/** The placeholder that stands for a reference to the footnote {@code id}: {@code [^id]}. */
	public static String placeholder(String id) {
		return "[^" + id + "]";
	}

	/** The ids of the footnote placeholders in {@code text}, in order of appearance (repeats kept). */
	public static List<String> referencesIn(String text) {
		List<String> ids = new ArrayList<>();
		if (text == null) {
			return ids;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

}
