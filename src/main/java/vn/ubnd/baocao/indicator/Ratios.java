package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The ratios a report quotes beside an indicator value: the percentage of the plan target, the percentage of the
 * same period last year, and the change against a base. Percentages are rounded {@link RoundingMode#HALF_UP} to a
 * fixed number of decimals ({@value #DEFAULT_SCALE} unless chosen otherwise): 270 of 335 is {@code 80.60}, 270 of
 * 269 is {@code 100.37}.
 * <p>
 * A missing value or a base of zero gives an empty result; nothing here throws on data and there is no NaN.
 * Immutable and thread-safe.
 */
public final class Ratios {

	/** Decimals of a percentage unless chosen otherwise. */
	public static final int DEFAULT_SCALE = 2;

	private static final Ratios STANDARD = new Ratios(DEFAULT_SCALE);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final int scale;

	private Ratios(int scale) {
		this.scale = scale;
	}

	/** Percentages with {@value #DEFAULT_SCALE} decimals. */
	public static Ratios standard() {
		return STANDARD;
	}

	/** Percentages with the given number of decimals. */
	public static Ratios withScale(int scale) {
		if (scale < 0) {
			throw new IllegalArgumentException("scale must not be negative: " + scale);
		}
		return (scale == DEFAULT_SCALE) ? STANDARD : new Ratios(scale);
	}

	public int scale() {
		return this.scale;
	}

	/** {@code actual / target × 100}: how far the plan target is reached. */
	public Optional<BigDecimal> percentOfTarget(BigDecimal actual, BigDecimal target) {
		return percentOf(actual, target);
	}

	/** {@code actual / lastYear × 100}: the value against the same period last year. */
	public Optional<BigDecimal> percentOfLastYear(BigDecimal actual, BigDecimal lastYear) {
		return percentOf(actual, lastYear);
	}

	/** {@code actual − base}, exact (not rounded); empty only if a value is missing. */
	public Optional<BigDecimal> change(BigDecimal actual, BigDecimal base) {
		if (actual == null || base == null) {
			return Optional.empty();
		}
		return Optional.of(actual.subtract(base));
	}

	/**
	 * {@code (actual − base) / |base| × 100}: positive when the value grew, also against a negative base. The
	 * rounding is that of {@code actual / |base| × 100}, so that for a positive base the change is exactly the
	 * {@linkplain #percentOfTarget percentage} minus 100, as a report quotes them side by side ("đạt 100,37%, tăng
	 * 0,37%").
	 */
	public Optional<BigDecimal> relativeChange(BigDecimal actual, BigDecimal base) {
		if (actual == null || base == null || base.signum() == 0) {
			return Optional.empty();
		}
		BigDecimal percent = actual.multiply(HUNDRED).divide(base.abs(), this.scale, RoundingMode.HALF_UP);
		return Optional.of(percent.subtract(HUNDRED.multiply(BigDecimal.valueOf(base.signum()))));
	}

	/** All ratios of a value against a base (a target or last year's value); empty if one is missing or zero base. */
	public Optional<Comparison> compare(BigDecimal actual, BigDecimal base) {
		if (actual == null || base == null || base.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Comparison(actual, base, percentOf(actual, base).orElseThrow(),
				actual.subtract(base), relativeChange(actual, base).orElseThrow()));
	}

	private Optional<BigDecimal> percentOf(BigDecimal actual, BigDecimal base) {
		if (actual == null || base == null || base.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(actual.multiply(HUNDRED).divide(base, this.scale, RoundingMode.HALF_UP));
	}

	/**
	 * A value against a base.
	 * @param actual the value
	 * @param base the target or last year's value, never zero
	 * @param percent {@code actual / base × 100}, rounded
	 * @param change {@code actual − base}, exact
	 * @param relativeChange {@code (actual − base) / |base| × 100}, rounded
	 */
	public record Comparison(BigDecimal actual, BigDecimal base, BigDecimal percent, BigDecimal change,
			BigDecimal relativeChange) {

		public Comparison {
			Objects.requireNonNull(actual, "actual");
			Objects.requireNonNull(base, "base");
			Objects.requireNonNull(percent, "percent");
			Objects.requireNonNull(change, "change");
			Objects.requireNonNull(relativeChange, "relativeChange");
		}

	}

}
