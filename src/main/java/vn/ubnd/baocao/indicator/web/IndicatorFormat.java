package vn.ubnd.baocao.indicator.web;

import java.math.BigDecimal;

import vn.ubnd.baocao.indicator.VietnameseNumbers;

/** Figures and ratios as the panel writes them: {@code 1.234,5}, {@code 100,37%}; nothing for a missing one. */
public final class IndicatorFormat {

	/** A figure as typed back into its field, with the decimals it was given. */
	public String figure(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.format(value) : "";
	}

	public String percent(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.formatPercent(value, 2) : "";
	}

	/** A change with its sign, as exact as its figures: {@code +1}, {@code -12,5}. */
	public String change(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return ((value.signum() > 0) ? "+" : "") + VietnameseNumbers.format(value);
	}

}
