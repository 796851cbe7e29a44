package vn.ubnd.baocao.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures another module gives a report's official document (the indicators), so that the report prints them
 * without depending on that module: a table, printed where a section's text has a paragraph {@value #TABLE_MARKER},
 * and the texts that replace {@code {{chỉ tiêu CODE}}} in the prose ({@link #inserts()} by code).
 * @param header the table's column titles (empty: no table)
 * @param rows the table's rows of formatted cells
 * @param inserts the text of each indicator by its code: {@code 270 triệu đồng}
 */
public record ReportFigures(List<String> header, List<List<String>> rows, Map<String, String> inserts) {

	/** The key of an indicator's official sentence in {@link #inserts()}: this prefix and the code. */
	public static final String SENTENCE_PREFIX = "câu ";

	/** A paragraph that is exactly this prints the table. */
	public static final String TABLE_MARKER = "{{bảng chỉ tiêu}}";

	/** No figures. */
	public static final ReportFigures NONE = new ReportFigures(List.of(), List.of(), Map.of());

	public ReportFigures {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		inserts = Map.copyOf(inserts);
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
