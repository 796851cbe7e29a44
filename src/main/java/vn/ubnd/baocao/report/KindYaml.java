package vn.ubnd.baocao.report;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.ubnd.baocao.system.Texts;

/**
 * Reads and writes report kinds, outlines and indicator sets as YAML, and checks that what was read makes sense.
 */
public final class KindYaml {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private KindYaml() {
	}

	/** Reads a whole kind; throws {@link InvalidKindException} with what is wrong. */
	public static KindDefinition readKind(String yaml) {
		if (blank(yaml)) {
			throw new InvalidKindException("report.kind.error.missing", "code, name, documentType, typeCode, period");
		}
		KindDefinition kind;
		try {
			kind = YAML.readValue(Texts.normalize(yaml), KindDefinition.class);
		}
		catch (JacksonException ex) {
			throw new InvalidKindException("report.kind.error.yaml", ex.getOriginalMessage());
		}
		List<String> problems = new ArrayList<>();
		require(kind.code(), "code", problems);
		require(kind.name(), "name", problems);
		require(kind.documentType(), "documentType", problems);
		require(kind.typeCode(), "typeCode", problems);
		require(kind.titlePattern(), "titlePattern", problems);
		if (kind.period() == null) {
			problems.add("period");
		}
		if (kind.deadlineWorkingDays() < 1 || kind.deadlineWorkingDays() > 60) {
			problems.add("deadlineWorkingDays");
		}
		if (kind.signature() == null || kind.signature().form() == null || blank(kind.signature().authority())
				|| blank(kind.signature().title())) {
			problems.add("signature");
		}
		if (kind.numbering().isEmpty()) {
			problems.add("numbering");
		}
		checkOutline(kind.outline(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidKindException("report.kind.error.missing", String.join(", ", problems));
		}
		return kind;
	}

	/** Reads an outline (a YAML list of items). */
	public static List<KindDefinition.OutlineItem> readOutline(String yaml) {
		if (blank(yaml)) {
			return List.of();
		}
		try {
			List<KindDefinition.OutlineItem> outline = YAML.readValue(Texts.normalize(yaml), new TypeReference<>() {
			});
			List<String> problems = new ArrayList<>();
			checkOutline(outline == null ? List.of() : outline, problems);
			if (!problems.isEmpty()) {
				throw new InvalidKindException("report.kind.error.missing", String.join(", ", problems));
			}
			return outline == null ? List.of() : outline;
		}
		catch (JacksonException ex) {
			throw new InvalidKindException("report.kind.error.yaml", ex.getOriginalMessage());
		}
	}

	/** Reads an indicator set (a YAML list). */
	public static List<KindDefinition.IndicatorSpec> readIndicators(String yaml) {
		if (blank(yaml)) {
			return List.of();
		}
		try {
			List<KindDefinition.IndicatorSpec> indicators = YAML.readValue(Texts.normalize(yaml),
					new TypeReference<>() {
					});
			return indicators == null ? List.of() : indicators;
		}
		catch (JacksonException ex) {
			throw new InvalidKindException("report.kind.error.yaml", ex.getOriginalMessage());
		}
	}

	public static String write(Object value) {
		return YAML.writeValueAsString(value);
	}


	private static void checkOutline(List<KindDefinition.OutlineItem> items, List<String> problems) {
		for (KindDefinition.OutlineItem item : items) {
			if (item == null || blank(item.title())) {
				problems.add("outline.title");
				return;
			}
			checkOutline(item.children(), problems);
		}
	}

	private static void require(String value, String name, List<String> problems) {
		if (blank(value)) {
			problems.add(name);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A kind, outline or indicator set that cannot be used; the key of the message and the detail. */
	public static class InvalidKindException extends RuntimeException {

		private final String messageKey;

		private final String detail;

		public InvalidKindException(String messageKey, String detail) {
			super(messageKey + ": " + detail);
			this.messageKey = messageKey;
			this.detail = detail;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public String detail() {
			return this.detail;
		}

	}

}
