package vn.ubnd.baocao.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures another module gives a report's official document (the indicators), so that the report prints them
 * without depending on that module: a table, printed where a section's text has a paragraph {@value #TABLE_MARKER},
 * and the texts that replace {@code {{chỉ tiêu CODE}}} in the prose ({@link #inserts()} by code).
 * @param header the table's column titles (empty: no table)
 * @param rows the table's rows of formatted cells
 * @param inserts the text of each indicator by its code: {@code 270 triệu đồng}
 * @param groups headings over runs of the table's columns, left to right, covering each column once (a group of one
 * column without a title keeps that column's title over both header rows); empty for a single header row
 */
public record ReportFigures(List<String> header, List<List<String>> rows, Map<String, String> inserts,
		List<HeaderGroup> groups) {

	/** The key of an indicator's official sentence in {@link #inserts()}: this prefix and the code. */
	public static final String SENTENCE_PREFIX = "câu ";

	/** A paragraph that is exactly this prints the table. */
	public static final String TABLE_MARKER = "{{bảng chỉ tiêu}}";

	/** {@code {{câu chỉ tiêu THU_NSNN}}}: the indicator's official sentence with its ratios. */
	private static final Pattern SENTENCE = Pattern.compile(
			"\\{\\{\\s*câu\\s+chỉ\\s+tiêu\\s+([A-Za-z0-9_]+)\\s*\\}\\}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** {@code {{chỉ tiêu THU_NSNN}}}, the words in any case. */
	private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*chỉ\\s+tiêu\\s+([A-Za-z0-9_]+)\\s*\\}\\}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** No figures. */
	public static final ReportFigures NONE = new ReportFigures(List.of(), List.of(), Map.of());

	public ReportFigures {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		inserts = Map.copyOf(inserts);
		groups = List.copyOf(groups);
	}

	/** Figures whose table has a single header row. */
	public ReportFigures(List<String> header, List<List<String>> rows, Map<String, String> inserts) {
		this(header, rows, inserts, List.of());
	}

	/**
	 * The text with each {@code {{chỉ tiêu CODE}}} of a known code replaced by the indicator's figure and, with
	 * {@code sentences}, each {@code {{câu chỉ tiêu CODE}}} by its official sentence; an unknown code is left as
	 * written, so that it shows in the draft.
	 */
	public String expand(String text, boolean sentences) {
		if (this.inserts.isEmpty() || text == null || !text.contains("{{")) {
			return text;
		}
		String expanded = !sentences ? text : SENTENCE.matcher(text)
			.replaceAll((match) -> Matcher.quoteReplacement(this.inserts
				.getOrDefault(SENTENCE_PREFIX + match.group(1).toUpperCase(Locale.ROOT), match.group())));
		return INSERT.matcher(expanded)
			.replaceAll((match) -> Matcher.quoteReplacement(
					this.inserts.getOrDefault(match.group(1).toUpperCase(Locale.ROOT), match.group())));
	}

	/**
	 * A heading over {@code span} consecutive columns of the table.
	 * @param title the heading, {@code null} for one column whose own title stands over both header rows
	 * @param span how many columns
	 */
	public record HeaderGroup(String title, int span) {
	}

	/**
	 * One of the report's indicators with its figures, as numbers and as the report prints them, for a module that
	 * keeps or compares them (the versions). A missing figure or ratio is {@code null}.
	 * @param code the indicator's code ({@code THU_NSNN})
	 * @param name its name
	 * @param unitOfMeasure its unit ({@code tỷ đồng}, {@code %}), possibly empty
	 * @param estimated whether the actual figure is an estimate (ước thực hiện)
	 * @param actual the actual figure
	 * @param targetCouncil the council's target
	 * @param targetProvince the province's target
	 * @param plan the plan
	 * @param samePeriod the same period last year
	 * @param percentOfCouncil the percentage of the council's target reached
	 * @param percentOfProvince the percentage of the province's target reached
	 * @param percentOfPlan the percentage of the plan reached
	 * @param percentOfSamePeriod the percentage of the same period last year
	 */
	public record Indicator(String code, String name, String unitOfMeasure, boolean estimated, Figure actual,
			Figure targetCouncil, Figure targetProvince, Figure plan, Figure samePeriod, Figure percentOfCouncil,
			Figure percentOfProvince, Figure percentOfPlan, Figure percentOfSamePeriod) {
	}

	/**
	 * A figure and how the report prints it, the Vietnamese way: {@code 1.234,5}, a percentage {@code 100,37%}.
	 * @param value the number
	 * @param printed as printed
	 */
	public record Figure(BigDecimal value, String printed) {
	}

	/** Who provides a report's figures (implemented outside the report module). */
	public interface Source {

		/** The report's figures; called only for a report the user may read. */
		ReportFigures figures(Report report);

		/** The report's indicators with their figures, in the order of the unit's catalogue; none by default. */
		default List<Indicator> indicators(Report report) {
			return List.of();
		}

	}

}
