package vn.ubnd.baocao.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's actual figures across periods as SVG geometry: one bar per period, proportional to the largest of
 * the figures and targets, and a tick for the council's target where there is one. {@code null} when no figure is
 * above zero. A negative figure has no bar.
 */
record TrendChart(List<Bar> bars, int width, int height, int plotHeight) {

	static final int SLOT = 72;

	static final int PLOT_HEIGHT = 160;

	/** One period: its bar, its target tick (empty {@code targetY} if none), its label and figure as written. */
	record Bar(String x, String y, String width, String height, String labelX, String targetY, String targetX1,
			String targetX2, String label, String value, String valueY) {
	}

	/** A period's label, figure as written, actual figure and council target (either may be {@code null}). */
	record Point(String label, String value, BigDecimal actual, BigDecimal target) {
	}

	static TrendChart of(List<Point> points) {
		BigDecimal max = BigDecimal.ZERO;
		for (Point point : points) {
			if (point.actual() != null) {
				max = max.max(point.actual());
			}
			if (point.target() != null) {
				max = max.max(point.target());
			}
		}
		if (points.isEmpty() || max.signum() <= 0) {
			return null;
		}
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			double x = i * SLOT;
			double height = (point.actual() != null) ? share(point.actual(), max) * PLOT_HEIGHT : 0;
			String targetY = (point.target() != null) ? number(PLOT_HEIGHT - share(point.target(), max) * PLOT_HEIGHT)
					: "";
			bars.add(new Bar(number(x + SLOT * 0.2), number(PLOT_HEIGHT - height + 14), number(SLOT * 0.6),
					number(height), number(x + SLOT / 2.0), targetY.isEmpty() ? "" : number(Double.parseDouble(targetY) + 14),
					number(x + SLOT * 0.1), number(x + SLOT * 0.9), point.label(), point.value(),
					number(PLOT_HEIGHT - height + 11)));
		}
		return new TrendChart(bars, points.size() * SLOT, PLOT_HEIGHT + 34, PLOT_HEIGHT + 14);
	}

	private static double share(BigDecimal value, BigDecimal max) {
		return value.max(BigDecimal.ZERO).divide(max, 6, RoundingMode.HALF_UP).doubleValue();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** The y of the period labels. */
	public int labelY() {
		return this.plotHeight + 14;
	}

}
