package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.indicator.IndicatorService.Row;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportFigures;

/**
 * The report's indicators for its official document: a table (indicator, unit, actual, the target it is measured
 * against, the percentage reached, the same period last year, the percentage of it) and each indicator's actual
 * figure with its unit for {@code {{chỉ tiêu CODE}}} in the prose. The target is the council's if the indicator is
 * compared with it, otherwise the plan, otherwise the province's. Figures are rounded to the indicator's decimals.
 */
@Component
class IndicatorFigures implements ReportFigures.Source {

	private final IndicatorService indicators;

	private final MessageSource messages;

	IndicatorFigures(IndicatorService indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	@Override
	public ReportFigures figures(Report report) {
		List<Row> rows = this.indicators.rows(report);
		if (rows.isEmpty()) {
			return ReportFigures.NONE;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> header = List.of("name", "unit", "actual", "target", "reached", "same-period",
				"against-same-period")
			.stream()
			.map((key) -> this.messages.getMessage("indicator.table." + key, null, locale))
			.toList();
		List<List<String>> cells = new ArrayList<>();
		Map<String, String> inserts = new LinkedHashMap<>();
		for (Row row : rows) {
			IndicatorService.Figures figures = row.figures();
			String name = figures.estimated()
					? this.messages.getMessage("indicator.table.estimated", new Object[] { row.name() }, locale)
					: row.name();
			cells.add(List.of(name, row.unitOfMeasure(), figure(figures.actual(), row.decimals()),
					figure(target(row), row.decimals()), percent(reached(row)),
					figure(figures.samePeriod(), row.decimals()), percent(row.percentOfSamePeriod())));
			if (figures.actual() != null) {
				inserts.put(row.code(), withUnit(figure(figures.actual(), row.decimals()), row.unitOfMeasure()));
				inserts.put(ReportFigures.SENTENCE_PREFIX + row.code(), sentence(row, locale));
			}
		}
		return new ReportFigures(header, cells, inserts);
	}

	/**
	 * The official phrasing: "Thu ngân sách … ước thực hiện 270 tỷ đồng, đạt 80,60% Nghị quyết HĐND giao (335 tỷ
	 * đồng), bằng 100,37% so với cùng kỳ (269 tỷ đồng)", with the comparisons the indicator takes and has figures for.
	 */
	private String sentence(Row row, Locale locale) {
		IndicatorService.Figures figures = row.figures();
		StringBuilder text = new StringBuilder(this.messages.getMessage(
				figures.estimated() ? "indicator.sentence.estimated" : "indicator.sentence.actual",
				new Object[] { row.name(), withUnit(figure(figures.actual(), row.decimals()), row.unitOfMeasure()) },
				locale));
		appendComparison(text, "council", row.percentOfCouncil(), figures.targetCouncil(), row, locale);
		appendComparison(text, "province", row.percentOfProvince(), figures.targetProvince(), row, locale);
		appendComparison(text, "plan", row.percentOfPlan(), figures.plan(), row, locale);
		appendComparison(text, "same-period", row.percentOfSamePeriod(), figures.samePeriod(), row, locale);
		return text.toString();
	}

	private void appendComparison(StringBuilder text, String key, BigDecimal percent, BigDecimal base, Row row,
			Locale locale) {
		if (percent != null && base != null) {
			text.append(this.messages.getMessage("indicator.sentence." + key,
					new Object[] { percent(percent), withUnit(figure(base, row.decimals()), row.unitOfMeasure()) },
					locale));
		}
	}

	private static BigDecimal target(Row row) {
		if (row.comparisons().contains(Comparison.TARGET_COUNCIL)) {
			return row.figures().targetCouncil();
		}
		if (row.comparisons().contains(Comparison.PLAN)) {
			return row.figures().plan();
		}
		return row.comparisons().contains(Comparison.TARGET_PROVINCE) ? row.figures().targetProvince() : null;
	}

	private static BigDecimal reached(Row row) {
		if (row.comparisons().contains(Comparison.TARGET_COUNCIL)) {
			return row.percentOfCouncil();
		}
		if (row.comparisons().contains(Comparison.PLAN)) {
			return row.percentOfPlan();
		}
		return row.comparisons().contains(Comparison.TARGET_PROVINCE) ? row.percentOfProvince() : null;
	}

	private static String figure(BigDecimal value, int decimals) {
		return (value != null) ? VietnameseNumbers.format(value, decimals) : "";
	}

	/** A ratio with the decimals the indicator rounds its ratios to: {@code 80,60%}, {@code 82,3%}. */
	private static String percent(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.formatPercent(value, Math.max(0, value.scale())) : "";
	}

	/** {@code 270 triệu đồng}; a percentage without a space: {@code 45,50%}. */
	private static String withUnit(String figure, String unit) {
		if (unit == null || unit.isBlank()) {
			return figure;
		}
		return unit.equals("%") ? figure + unit : figure + " " + unit;
	}

}
