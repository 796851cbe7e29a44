package vn.ubnd.baocao.indicator.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.ubnd.baocao.indicator.IndicatorService.HistoryPoint;

import vn.ubnd.baocao.indicator.VietnameseNumbers;

/** Figures and ratios as the panel writes them: {@code 1.234,5}, {@code 100,37%}; nothing for a missing one. */
public final class IndicatorFormat {

	/** A figure as typed back into its field, with the decimals it was given. */
	public String figure(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.format(value) : "";
	}

	/** A ratio with the decimals it was rounded to: {@code 80,60%}, {@code 80,6%}, {@code 81%}. */
	public String percent(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.formatPercent(value, Math.max(0, value.scale())) : "";
	}

	/** A change with its sign, as exact as its figures: {@code +1}, {@code -12,5}. */
	public String change(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return ((value.signum() > 0) ? "+" : "") + VietnameseNumbers.format(value);
	}

	/**
	 * A bar chart of an indicator's actual figures across periods, as SVG geometry; {@code null} with fewer than two
	 * periods or nothing above zero. Bars are proportional to the largest figure; a negative figure has no bar.
	 */
	public Chart chart(List<HistoryPoint> points) {
		if (points.size() < 2) {
			return null;
		}
		BigDecimal max = points.stream().map(HistoryPoint::actual).reduce(BigDecimal.ZERO, BigDecimal::max);
		if (max.signum() <= 0) {
			return null;
		}
		double slot = (double) Chart.WIDTH / points.size();
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			HistoryPoint point = points.get(i);
			double share = point.actual().max(BigDecimal.ZERO).divide(max, 6, RoundingMode.HALF_UP).doubleValue();
			double height = share * Chart.PLOT_HEIGHT;
			bars.add(new Bar(number(i * slot + slot * 0.2), number(Chart.PLOT_HEIGHT - height), number(slot * 0.6),
					number(height), number(i * slot + slot / 2), point.period(), figure(point.actual()),
					point.current()));
		}
		return new Chart(bars);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** The chart: {@value #WIDTH} wide, bars above a row of period labels. */
	public record Chart(List<Bar> bars) {

		static final int WIDTH = 180;

		static final int PLOT_HEIGHT = 40;

		public int width() {
			return WIDTH;
		}

		public int height() {
			return PLOT_HEIGHT + 11;
		}

		public int labelY() {
			return PLOT_HEIGHT + 9;
		}

	}

	/** A bar: its rectangle, the x of its label, its period and figure as written. */
	public record Bar(String x, String y, String width, String height, String labelX, String period, String value,
			boolean current) {
	}

}
