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
 * The report's indicators for its official document: a table and each indicator's actual figure with its unit for
 * {@code {{chỉ tiêu CODE}}} (and its official sentence for {@code {{câu chỉ tiêu CODE}}}) in the prose. The table
 * has the indicator, its unit and its actual figure, then, for each comparison some row of the table has a figure
 * for (the council's resolution, the province's target, the plan, the same period last year, in that order), the
 * figure compared with and the percentage of it, grouped under the comparison's name; comparisons no row has a
 * figure for are left out, so that the table fits an A4 page upright. Figures are rounded to the indicator's
 * decimals, percentages to its ratio decimals. The same figures one by one, as numbers and as printed, are what a
 * submitted version keeps.
 */
@Component
class IndicatorFigures implements ReportFigures.Source {

	/** The comparisons the table may show, in its order: the targets, then the same period. */
	private static final List<Comparison> BASES = List.of(Comparison.TARGET_COUNCIL, Comparison.TARGET_PROVINCE,
			Comparison.PLAN, Comparison.SAME_PERIOD);

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
		List<Comparison> bases = BASES.stream()
			.filter((base) -> rows.stream().anyMatch((row) -> row.comparisons().contains(base) && base(row, base) != null))
			.toList();
		List<String> header = new ArrayList<>();
		List<ReportFigures.HeaderGroup> groups = new ArrayList<>();
		for (String key : List.of("name", "unit", "actual")) {
			header.add(message("indicator.table." + key, locale));
			groups.add(new ReportFigures.HeaderGroup(null, 1));
		}
		for (Comparison base : bases) {
			String kind = (base == Comparison.SAME_PERIOD) ? "same-period" : "target";
			header.add(message("indicator.table." + kind + ".figure", locale));
			header.add(message("indicator.table." + kind + ".ratio", locale));
			groups.add(new ReportFigures.HeaderGroup(message("indicator.table.group." + base.name(), locale), 2));
		}
		List<List<String>> cells = new ArrayList<>();
		Map<String, String> inserts = new LinkedHashMap<>();
		for (Row row : rows) {
			IndicatorService.Figures figures = row.figures();
			String name = figures.estimated()
					? this.messages.getMessage("indicator.table.estimated", new Object[] { row.name() }, locale)
					: row.name();
			List<String> line = new ArrayList<>(List.of(name, row.unitOfMeasure(), figure(figures.actual(), row.decimals())));
			for (Comparison base : bases) {
				boolean takes = row.comparisons().contains(base);
				line.add(takes ? figure(base(row, base), row.decimals()) : "");
				line.add(takes ? percent(ratio(row, base)) : "");
			}
			cells.add(line);
			if (figures.actual() != null) {
				inserts.put(row.code(), withUnit(figure(figures.actual(), row.decimals()), row.unitOfMeasure()));
				inserts.put(ReportFigures.SENTENCE_PREFIX + row.code(), sentence(row, locale));
			}
		}
		return new ReportFigures(header, cells, inserts, groups);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** The figure a comparison is made against. */
	private static BigDecimal base(Row row, Comparison base) {
		return switch (base) {
			case TARGET_COUNCIL -> row.figures().targetCouncil();
			case TARGET_PROVINCE -> row.figures().targetProvince();
			case PLAN -> row.figures().plan();
			case SAME_PERIOD -> row.figures().samePeriod();
		};
	}

	/** The actual figure as a percentage of the base. */
	private static BigDecimal ratio(Row row, Comparison base) {
		return switch (base) {
			case TARGET_COUNCIL -> row.percentOfCouncil();
			case TARGET_PROVINCE -> row.percentOfProvince();
			case PLAN -> row.percentOfPlan();
			case SAME_PERIOD -> row.percentOfSamePeriod();
		};
	}

	/** Each indicator with its figures and ratios, rounded to its decimals as the table prints them. */
	@Override
	public List<ReportFigures.Indicator> indicators(Report report) {
		return this.indicators.rows(report).stream().map((row) -> {
			IndicatorService.Figures figures = row.figures();
			int decimals = row.decimals();
			return new ReportFigures.Indicator(row.code(), row.name(), row.unitOfMeasure(), figures.estimated(),
					number(figures.actual(), decimals), number(figures.targetCouncil(), decimals),
					number(figures.targetProvince(), decimals), number(figures.plan(), decimals),
					number(figures.samePeriod(), decimals), ratio(row.percentOfCouncil()),
					ratio(row.percentOfProvince()), ratio(row.percentOfPlan()), ratio(row.percentOfSamePeriod()));
		}).toList();
	}

	private static ReportFigures.Figure number(BigDecimal value, int decimals) {
		return (value != null) ? new ReportFigures.Figure(value, figure(value, decimals)) : null;
	}

	private static ReportFigures.Figure ratio(BigDecimal value) {
		return (value != null) ? new ReportFigures.Figure(value, percent(value)) : null;
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
