package vn.ubnd.baocao.report;

import java.util.List;

/**
 * A report kind as written in {@code templates-seed/*.yaml} (see the README there): what a reporting regime states.
 */
public record KindDefinition(String code, String name, String documentType, String typeCode, PeriodType period,
		int deadlineWorkingDays, String titlePattern, List<String> addressees, String opening,
		List<NumberingStyle> numbering, List<OutlineItem> outline, List<String> recipients, SignatureSpec signature,
		List<IndicatorSpec> indicators) {

	public KindDefinition {
		addressees = addressees == null ? List.of() : List.copyOf(addressees);
		numbering = numbering == null ? List.of() : List.copyOf(numbering);
		outline = outline == null ? List.of() : List.copyOf(outline);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		opening = opening == null ? "" : opening;
	}

	/** A standard heading of the outline, with the headings below it. */
	public record OutlineItem(String title, SectionRole role, List<OutlineItem> children) {

		public OutlineItem {
			children = children == null ? List.of() : List.copyOf(children);
		}

	}

	/** The default signature block: form, collective and title. */
	public record SignatureSpec(SignatureForm form, String authority, String title) {
	}

	/** An indicator of the kind's default set. */
	public record IndicatorSpec(String code, String name, String unit, Integer decimals, String sector,
			List<String> comparisons) {

		public IndicatorSpec {
			comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
		}

	}

}
