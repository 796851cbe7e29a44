package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Indicators (chỉ tiêu) and the figures reports give for them. A unit's catalogue for a report kind starts, on first
 * use, as the kind's default indicators. Reading and writing follow the report's rules ({@link ReportService}): who
 * reads the report reads its figures; only who may write the report writes them, on the current copy only. The
 * same period last year, when left empty, is taken from the unit's report of the same kind whose period starts one
 * year earlier.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final ReportService reports;

	private final CatalogueDefaults defaults;

	IndicatorService(IndicatorRepository indicators, IndicatorValueRepository values, ReportService reports,
			CatalogueDefaults defaults) {
		this.indicators = indicators;
		this.values = values;
		this.reports = reports;
		this.defaults = defaults;
	}

	/** The figures of one indicator in one report; a missing figure is {@code null}. */
	public record Figures(BigDecimal actual, boolean estimated, BigDecimal targetCouncil, BigDecimal targetProvince,
			BigDecimal plan, BigDecimal samePeriod) {

		static final Figures NONE = new Figures(null, false, null, null, null, null);

		Figures withSamePeriod(BigDecimal samePeriod) {
			return new Figures(this.actual, this.estimated, this.targetCouncil, this.targetProvince, this.plan,
					samePeriod);
		}

	}

	/** The figures as typed, written the Vietnamese way ({@code 1.234,5}); blank or {@code null} is no figure. */
	public record FiguresInput(String actual, boolean estimated, String targetCouncil, String targetProvince,
			String plan, String samePeriod) {
	}

	/**
	 * An indicator with the report's figures and the ratios computed from them ({@code null} where a figure is
	 * missing or a base is zero): the percentage of each target, of the same period, and the change against it;
	 * percentages are rounded half up to the indicator's ratio decimals ({@code ratioDecimals}).
	 * @param version the figures' version, {@code -1} while the report has none for this indicator
	 * @param samePeriodFromLastYear whether the same period's figure comes from last year's report, not typed
	 */
	public record Row(long indicatorId, String code, String name, String unitOfMeasure, int decimals,
			int ratioDecimals, String sector, Set<Comparison> comparisons, Figures figures,
			boolean samePeriodFromLastYear, long version,
			Instant updatedAt, BigDecimal percentOfCouncil, BigDecimal percentOfProvince, BigDecimal percentOfPlan,
			BigDecimal percentOfSamePeriod, BigDecimal changeFromSamePeriod, BigDecimal relativeChangeFromSamePeriod,
			List<HistoryPoint> history) {

		public Row {
			history = List.copyOf(history);
		}

		Row withHistory(List<HistoryPoint> history) {
			return new Row(this.indicatorId, this.code, this.name, this.unitOfMeasure, this.decimals,
					this.ratioDecimals, this.sector, this.comparisons, this.figures, this.samePeriodFromLastYear,
					this.version, this.updatedAt,
					this.percentOfCouncil, this.percentOfProvince, this.percentOfPlan, this.percentOfSamePeriod,
					this.changeFromSamePeriod, this.relativeChangeFromSamePeriod, history);
		}

		public boolean compares(String comparison) {
			return this.comparisons.contains(Comparison.valueOf(comparison));
		}

	}

	/**
	 * The actual figure of an indicator in one of the unit's reports of the same kind, for the chart across periods.
	 * @param period the period: {@code 2025} for a year, {@code 1/2025} for the first half, quarter or month
	 * @param current whether it is the report being looked at
	 */
	public record HistoryPoint(long reportId, String period, BigDecimal actual, boolean current) {
	}

	/** How many periods the chart shows, the report's own included. */
	static final int HISTORY_PERIODS = 6;

	/**
	 * The unit's indicators for the kind, in order, inactive ones included; created from the kind's default set on
	 * first use (in a transaction of its own if the caller's is read-only).
	 */
	public List<Indicator> catalogue(long unitId, long kindId) {
		List<Indicator> catalogue = this.indicators.findByUnitIdAndKindIdOrderByPositionAscIdAsc(unitId, kindId);
		if (!catalogue.isEmpty()) {
			return catalogue;
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.defaults.addDefaultsApart(unitId, kindId);
		}
		else {
			this.defaults.addDefaults(unitId, kindId);
		}
		return this.indicators.findByUnitIdAndKindIdOrderByPositionAscIdAsc(unitId, kindId);
	}

	/**
	 * The report's indicators with their figures and ratios, and each one's actual figures in the unit's reports of
	 * the same kind up to this one that the user may read (the last {@value #HISTORY_PERIODS}); not found if the user
	 * may not read the report.
	 */
	@Transactional
	public List<Row> values(PortalUser user, long reportId) {
		return values(user, this.reports.readable(user, reportId));
	}

	/**
	 * The same for a report the user has already read ({@link ReportService#readable}): the panel has it and does
	 * not read it twice.
	 */
	@Transactional
	public List<Row> values(PortalUser user, Report report) {
		List<Report> periods = this.reports.visibleReports(user)
			.stream()
			.filter((r) -> r.getUnitId().equals(report.getUnitId()) && r.getKindId().equals(report.getKindId())
					&& !r.getPeriodStart().isAfter(report.getPeriodStart()) && !r.getId().equals(report.getId()))
			.sorted(Comparator.comparing(Report::getPeriodStart).thenComparing(Report::getId))
			.toList();
		periods = periods.subList(Math.max(0, periods.size() - (HISTORY_PERIODS - 1)), periods.size());
		Map<Long, Map<Long, BigDecimal>> actuals = new HashMap<>();
		if (!periods.isEmpty()) {
			for (IndicatorValue value : this.values
				.findByReportIdIn(periods.stream().map(Report::getId).toList())) {
				if (value.getActual() != null) {
					actuals.computeIfAbsent(value.getIndicatorId(), (k) -> new HashMap<>())
						.put(value.getReportId(), value.getActual());
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Row row : rows(report)) {
			List<HistoryPoint> history = new ArrayList<>();
			Map<Long, BigDecimal> byReport = actuals.getOrDefault(row.indicatorId(), Map.of());
			for (Report period : periods) {
				BigDecimal actual = byReport.get(period.getId());
				if (actual != null) {
					history.add(new HistoryPoint(period.getId(), periodLabel(period), actual, false));
				}
			}
			if (row.figures().actual() != null) {
				history.add(new HistoryPoint(report.getId(), periodLabel(report), row.figures().actual(), true));
			}
			rows.add(row.withHistory(history));
		}
		return rows;
	}

	private static String periodLabel(Report report) {
		return (report.getPeriodNumber() != null) ? report.getPeriodNumber() + "/" + report.getPeriodYear()
				: String.valueOf(report.getPeriodYear());
	}

	/**
	 * The rows of a report the caller has already been allowed to read: the active indicators of the catalogue, and
	 * the deactivated ones the report has figures for.
	 */
	@Transactional
	List<Row> rows(Report report) {
		List<Indicator> catalogue = catalogue(report.getUnitId(), report.getKindId());
		Map<Long, IndicatorValue> stored = this.values.findByReportId(report.getId())
			.stream()
			.collect(Collectors.toMap(IndicatorValue::getIndicatorId, Function.identity()));
		Map<Long, BigDecimal> lastYear = lastYear(report);
		List<Row> rows = new ArrayList<>();
		for (Indicator indicator : catalogue) {
			if (indicator.isActive() || stored.containsKey(indicator.getId())) {
				rows.add(row(indicator, stored.get(indicator.getId()), lastYear.get(indicator.getId())));
			}
		}
		return rows;
	}

	/**
	 * Saves the figures of one indicator if the user's copy is the current one ({@code expectedVersion} {@code -1}
	 * when the report had none yet). Nothing is saved if a figure is not a number
	 * ({@link InvalidFiguresException}) or the copy is outdated ({@link ObjectOptimisticLockingFailureException}).
	 * An empty same period is taken from last year's report.
	 */
	@Transactional
	public Row saveValue(PortalUser user, long reportId, long indicatorId, long expectedVersion, FiguresInput input) {
		Report report = this.reports.editable(user, reportId);
		Indicator indicator = this.indicators.findById(indicatorId)
			.filter((i) -> i.getUnitId() == report.getUnitId() && i.getKindId() == report.getKindId())
			.orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
		Figures figures = parse(input);
		Optional<IndicatorValue> existing = this.values.findByReportIdAndIndicatorId(reportId, indicatorId);
		if (!indicator.isActive() && existing.isEmpty()) {
			// deactivated before this report had figures for it: no longer in its panel
			throw new NotFoundException("indicator " + indicatorId);
		}
		long currentVersion = existing.map(IndicatorValue::getVersion).orElse(-1L);
		if (currentVersion != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(IndicatorValue.class, indicatorId);
		}
		BigDecimal lastYear = lastYear(report).get(indicatorId);
		if (figures.samePeriod() == null && lastYear != null
				&& indicator.getComparisons().contains(Comparison.SAME_PERIOD)) {
			figures = figures.withSamePeriod(lastYear);
		}
		IndicatorValue value = existing.orElseGet(() -> new IndicatorValue(reportId, indicatorId));
		value.set(figures, user.accountId());
		value = this.values.saveAndFlush(value);
		return row(indicator, value, lastYear);
	}

	/** The actual figures of the unit's report of the same kind whose period starts one year earlier. */
	private Map<Long, BigDecimal> lastYear(Report report) {
		LocalDate start = report.getPeriodStart().minusYears(1);
		return this.reports.previous(report.getUnitId(), report.getKindId(), start.plusDays(1))
			.filter((last) -> last.getPeriodStart().equals(start) && last.getPeriodType() == report.getPeriodType())
			.map((last) -> this.values.findByReportId(last.getId())
				.stream()
				.filter((v) -> v.getActual() != null)
				.collect(Collectors.toMap(IndicatorValue::getIndicatorId, IndicatorValue::getActual)))
			.orElse(Map.of());
	}

	private static Figures parse(FiguresInput input) {
		List<InvalidFiguresException.Rejected> rejected = new ArrayList<>();
		Figures figures = new Figures(number("actual", input.actual(), rejected), input.estimated(),
				number("targetCouncil", input.targetCouncil(), rejected),
				number("targetProvince", input.targetProvince(), rejected), number("plan", input.plan(), rejected),
				number("samePeriod", input.samePeriod(), rejected));
		if (!rejected.isEmpty()) {
			throw new InvalidFiguresException(rejected);
		}
		return figures;
	}

	private static BigDecimal number(String field, String text, List<InvalidFiguresException.Rejected> rejected) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return VietnameseNumbers.parse(text);
		}
		catch (VietnameseNumberFormatException ex) {
			rejected.add(new InvalidFiguresException.Rejected(field, text.strip()));
			return null;
		}
	}

	private static Row row(Indicator indicator, IndicatorValue value, BigDecimal lastYear) {
		Figures figures = (value != null) ? value.figures() : Figures.NONE;
		Set<Comparison> comparisons = indicator.getComparisons();
		boolean fromLastYear = figures.samePeriod() == null && lastYear != null
				&& comparisons.contains(Comparison.SAME_PERIOD);
		if (fromLastYear) {
			figures = figures.withSamePeriod(lastYear);
		}
		Ratios ratios = indicator.ratios();
		BigDecimal actual = figures.actual();
		Optional<Ratios.Comparison> samePeriod = ratios.compare(actual, figures.samePeriod());
		return new Row(indicator.getId(), indicator.getCode(), indicator.getName(), indicator.getUnitOfMeasure(),
				indicator.getDecimals(), indicator.getRatioDecimals(), indicator.getSector(), comparisons, figures,
				fromLastYear, (value != null) ? value.getVersion() : -1, (value != null) ? value.getUpdatedAt() : null,
				ratios.percentOfTarget(actual, figures.targetCouncil()).orElse(null),
				ratios.percentOfTarget(actual, figures.targetProvince()).orElse(null),
				ratios.percentOfTarget(actual, figures.plan()).orElse(null),
				samePeriod.map(Ratios.Comparison::percent).orElse(null),
				samePeriod.map(Ratios.Comparison::change).orElse(null),
				samePeriod.map(Ratios.Comparison::relativeChange).orElse(null), List.of());
	}

}
