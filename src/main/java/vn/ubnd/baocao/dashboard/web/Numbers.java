package vn.ubnd.baocao.dashboard.web;

import java.math.BigDecimal;

import vn.ubnd.baocao.indicator.VietnameseNumbers;

/** Figures and percentages for the templates, written the Vietnamese way ({@code 1.234,5}, {@code 100,37%}). */
public final class Numbers {

	public String figure(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.format(value) : "";
	}

	public String percent(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.formatPercent(value, 2) : "";
	}

}
