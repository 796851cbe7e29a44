package vn.ubnd.baocao.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the numbers of a report's sections from their place in the tree and the numbering style of each depth:
 * {@code Phần thứ nhất}, {@code A.}, {@code I.}, {@code 1.}, {@code 1.1.}, {@code a)} … Numbers are never typed,
 * so they cannot have gaps, duplicates or letters out of order.
 */
public final class SectionNumbering {

	private SectionNumbering() {
	}

	/** A section in reading order, with its depth (0 = top), its style and its computed label. */
	public record NumberedSection(ReportSection section, int depth, NumberingStyle style, String label) {

		public long id() {
			return this.section.getId();
		}

	}

	/**
	 * Numbers the sections; depths beyond the scheme keep the scheme's last style.
	 */
	public static List<NumberedSection> number(Collection<ReportSection> sections, List<NumberingStyle> scheme) {
		Map<Long, List<ReportSection>> children = new HashMap<>();
		for (ReportSection section : sections) {
			children.computeIfAbsent(section.getParentId(), (k) -> new ArrayList<>()).add(section);
		}
		children.values().forEach((list) -> list.sort(Comparator.comparingInt(ReportSection::getPosition)));
		List<NumberedSection> out = new ArrayList<>();
		walk(null, 0, null, null, children, scheme.isEmpty() ? List.of(NumberingStyle.ARABIC) : scheme, out);
		return out;
	}

	private static void walk(Long parentId, int depth, NumberingStyle parentStyle, String parentLabel,
			Map<Long, List<ReportSection>> children, List<NumberingStyle> scheme, List<NumberedSection> out) {
		NumberingStyle style = scheme.get(Math.min(depth, scheme.size() - 1));
		String decimalBase = (parentStyle == NumberingStyle.ARABIC || parentStyle == NumberingStyle.DECIMAL)
				&& parentLabel != null && !parentLabel.isEmpty() ? parentLabel.substring(0, parentLabel.length() - 1)
						: null;
		int n = 0;
		for (ReportSection section : children.getOrDefault(parentId, List.of())) {
			String label = "";
			if (section.isNumbered()) {
				n++;
				label = style.label(n, decimalBase);
			}
			out.add(new NumberedSection(section, depth, style, label));
			walk(section.getId(), depth + 1, style, label, children, scheme, out);
		}
	}

}
