package vn.ubnd.baocao.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import vn.ubnd.baocao.indicator.IndicatorService.Figures;
import vn.ubnd.baocao.indicator.Ratios;

/**
 * A parent unit's figure of an indicator made from its child units' figures: amounts and counts are added up, and
 * the ratios are computed again from the sums (the province's percentage of its target is the sum of what was done
 * over the sum of the targets), never an average of the children's percentages. An indicator that is itself a ratio
 * (its unit is {@code %}, {@code ‰}, {@code lần}, or "something per something" like {@code tạ/ha}) cannot be added
 * up, and neither can figures given in different units; the roll-up says so instead of giving a number.
 * <p>
 * A ratio of the roll-up is given only when every unit that gave the actual figure also gave the base (and the base
 * sum is not zero): a sum of targets of fewer units than the sum of actuals would make a wrong percentage.
 */
public final class RollUp {

	/** Units of measure that are ratios, not quantities. */
	private static final Set<String> RATIO_UNITS = Set.of("%", "‰", "lần", "tỷ lệ");

	private RollUp() {
	}

	/** Why a roll-up gives no sums. */
	public enum NotSummable {

		/** The indicator is a ratio or a rate ({@code %}, {@code tạ/ha}). */
		RATIO,
		/** The child units give it in different units of measure. */
		MIXED_UNITS

	}

	/** One child unit's figures and the unit of measure its catalogue gives the indicator. */
	public record Part(String unitOfMeasure, Figures figures) {
	}

	/**
	 * The roll-up.
	 * @param notSummable why there are no sums, or {@code null} when there are
	 * @param parts how many child units there are
	 * @param reporting how many gave the actual figure
	 * @param actual the sum of the actual figures
	 * @param estimated whether any of them is an estimate (ước)
	 * @param targetCouncil the sum of the council's targets given (likewise the province's, the plans and the same
	 * period)
	 * @param percentOfCouncil the sum of the actual figures over the sum of the council's targets, × 100; {@code null}
	 * when a unit gave one without the other, or the targets sum to zero (likewise for the others)
	 */
	public record Result(NotSummable notSummable, int parts, int reporting, BigDecimal actual, boolean estimated,
			BigDecimal targetCouncil, BigDecimal targetProvince, BigDecimal plan, BigDecimal samePeriod,
			BigDecimal percentOfCouncil, BigDecimal percentOfProvince, BigDecimal percentOfPlan,
			BigDecimal percentOfSamePeriod) {

		public boolean summable() {
			return this.notSummable == null;
		}

	}

	/** Whether figures in this unit of measure may be added up. */
	public static boolean summable(String unitOfMeasure) {
		if (unitOfMeasure == null) {
			return true;
		}
		String unit = unitOfMeasure.strip().toLowerCase(Locale.ROOT);
		return !RATIO_UNITS.contains(unit) && !unit.contains("%") && !unit.contains("‰") && !unit.contains("/");
	}

	/**
	 * Rolls up the child units' figures of an indicator whose catalogue gives it in {@code unitOfMeasure}: a ratio
	 * is not added up even when no unit has given a figure yet.
	 */
	public static Result of(String unitOfMeasure, List<Part> parts) {
		if (!summable(unitOfMeasure)) {
			int reporting = (int) parts.stream()
				.filter((p) -> p.figures() != null && p.figures().actual() != null)
				.count();
			return new Result(NotSummable.RATIO, parts.size(), reporting, null, false, null, null, null, null, null,
					null, null, null);
		}
		return of(parts);
	}

	/** Rolls up the child units' figures (missing figures are {@code null} in {@link Figures}). */
	public static Result of(List<Part> parts) {
		List<Part> reported = parts.stream().filter((p) -> p.figures() != null).toList();
		int reporting = (int) reported.stream().filter((p) -> p.figures().actual() != null).count();
		List<String> units = reported.stream()
			.map((p) -> Objects.requireNonNullElse(p.unitOfMeasure(), "").strip())
			.distinct()
			.toList();
		NotSummable why = null;
		if (units.stream().anyMatch((unit) -> !summable(unit))) {
			why = NotSummable.RATIO;
		}
		else if (units.size() > 1) {
			why = NotSummable.MIXED_UNITS;
		}
		if (why != null) {
			return new Result(why, parts.size(), reporting, null, false, null, null, null, null, null, null, null,
					null);
		}
		List<Figures> figures = reported.stream().map(Part::figures).toList();
		BigDecimal actual = sum(figures, Figures::actual);
		boolean estimated = figures.stream().anyMatch((f) -> f.actual() != null && f.estimated());
		return new Result(null, parts.size(), reporting, actual, estimated, sum(figures, Figures::targetCouncil),
				sum(figures, Figures::targetProvince), sum(figures, Figures::plan), sum(figures, Figures::samePeriod),
				percent(figures, Figures::targetCouncil), percent(figures, Figures::targetProvince),
				percent(figures, Figures::plan), percent(figures, Figures::samePeriod));
	}

	/** The sum of the figures given, {@code null} if none is. */
	private static BigDecimal sum(List<Figures> figures, Function<Figures, BigDecimal> figure) {
		return figures.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

	/** Sum of actuals over sum of bases, only over complete pairs and only when every unit gave both or neither. */
	private static BigDecimal percent(List<Figures> figures, Function<Figures, BigDecimal> base) {
		BigDecimal actual = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		int pairs = 0;
		for (Figures f : figures) {
			boolean hasActual = f.actual() != null;
			boolean hasBase = base.apply(f) != null;
			if (hasActual != hasBase) {
				return null;
			}
			if (hasActual) {
				actual = actual.add(f.actual());
				total = total.add(base.apply(f));
				pairs++;
			}
		}
		return (pairs == 0) ? null : Ratios.standard().percentOfTarget(actual, total).orElse(null);
	}

}
