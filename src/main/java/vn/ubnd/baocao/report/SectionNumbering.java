package vn.ubnd.baocao.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
	 * A section's place in its report's tree, when only that is read (not the section itself).
	 * @param parentId the parent section, {@code null} at the top
	 * @param position its order among its siblings
	 * @param numbered whether it takes a number
	 */
	public record Place(long id, Long parentId, int position, boolean numbered) {
	}

	/**
	 * Numbers the sections; depths beyond the scheme keep the scheme's last style.
	 */
	public static List<NumberedSection> number(Collection<ReportSection> sections, List<NumberingStyle> scheme) {
		List<NumberedSection> out = new ArrayList<>();
		walk(sections, scheme, (s) -> new Place(s.getId(), s.getParentId(), s.getPosition(), s.isNumbered()),
				(section, depth, style, label) -> out.add(new NumberedSection(section, depth, style, label)));
		return out;
	}

	/**
	 * The labels of a report's sections by id, from their places alone and the report's numbering scheme (as stored:
	 * {@code ROMAN,ARABIC,…}); an unnumbered section's label is empty.
	 */
	public static Map<Long, String> labels(Collection<Place> places, String scheme) {
		Map<Long, String> labels = new HashMap<>();
		walk(places, NumberingStyle.parseScheme(scheme), Function.identity(),
				(place, depth, style, label) -> labels.put(place.id(), label));
		return labels;
	}

	private interface Visitor<T> {

		void visit(T section, int depth, NumberingStyle style, String label);

	}

	private static <T> void walk(Collection<T> sections, List<NumberingStyle> scheme, Function<T, Place> place,
			Visitor<T> visitor) {
		Map<Long, List<T>> children = new HashMap<>();
		for (T section : sections) {
			children.computeIfAbsent(place.apply(section).parentId(), (k) -> new ArrayList<>()).add(section);
		}
		children.values().forEach((list) -> list.sort(Comparator.comparingInt((T s) -> place.apply(s).position())));
		walk(null, 0, null, null, children, scheme.isEmpty() ? List.of(NumberingStyle.ARABIC) : scheme, place,
				visitor);
	}

	private static <T> void walk(Long parentId, int depth, NumberingStyle parentStyle, String parentLabel,
			Map<Long, List<T>> children, List<NumberingStyle> scheme, Function<T, Place> place, Visitor<T> visitor) {
		NumberingStyle style = scheme.get(Math.min(depth, scheme.size() - 1));
		String decimalBase = (parentStyle == NumberingStyle.ARABIC || parentStyle == NumberingStyle.DECIMAL)
				&& parentLabel != null && !parentLabel.isEmpty() ? parentLabel.substring(0, parentLabel.length() - 1)
						: null;
		int n = 0;
		for (T section : children.getOrDefault(parentId, List.of())) {
			Place p = place.apply(section);
			String label = "";
			if (p.numbered()) {
				n++;
				label = style.label(n, decimalBase);
			}
			visitor.visit(section, depth, style, label);
			walk(p.id(), depth + 1, style, label, children, scheme, place, visitor);
		}
	}

}
