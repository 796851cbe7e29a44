package vn.ubnd.baocao.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed from one version of a report to another (or to the report as it stands), as the side-by-side page
 * shows it: the counts, then the header, the sections in reading order (unchanged ones too), the closing and the
 * indicators. Text is given as fragments marked inserted or deleted, never as markup.
 * @param reportId the report
 * @param before the older side (left)
 * @param after the newer side (right)
 * @param summary the counts
 * @param header the header fields that changed
 * @param sections every section of either side, in the reading order of the newer side (a removed section where it
 * stood)
 * @param closing the closing fields that changed
 * @param indicators the indicators that changed
 */
public record VersionComparison(long reportId, Side before, Side after, Summary summary, List<FieldChange> header,
		List<SectionChange> sections, List<FieldChange> closing, List<IndicatorChange> indicators) {

	public VersionComparison {
		header = List.copyOf(header);
		sections = List.copyOf(sections);
		closing = List.copyOf(closing);
		indicators = List.copyOf(indicators);
	}

	/**
	 * One side of the comparison: a submitted version, or ({@code number} {@code null}) the report as it stands.
	 * @param number the version's number
	 * @param submittedAt when it was submitted
	 * @param submittedBy by whom (user name)
	 */
	public record Side(Integer number, Instant submittedAt, String submittedBy) {

		/** The report as it stands now. */
		public static final Side CURRENT = new Side(null, null, null);

		public boolean isCurrent() {
			return this.number == null;
		}

	}

	/**
	 * How many sections were added, removed, moved, retitled and rewritten, how many indicators changed, and whether
	 * the header and the closing did.
	 */
	public record Summary(int added, int removed, int moved, int retitled, int textChanged, int indicatorsChanged,
			boolean headerChanged, boolean closingChanged) {

		/** Whether nothing at all changed. */
		public boolean isNone() {
			return this.added == 0 && this.removed == 0 && this.moved == 0 && this.retitled == 0
					&& this.textChanged == 0 && this.indicatorsChanged == 0 && !this.headerChanged
					&& !this.closingChanged;
		}

	}

	/** Whether a piece of text is in both sides, only in the newer one, or only in the older one. */
	public enum Mark {

		SAME, INSERTED, DELETED

	}

	/** A piece of text with its mark. */
	public record Fragment(String text, Mark mark) {

		public boolean isInserted() {
			return this.mark == Mark.INSERTED;
		}

		public boolean isDeleted() {
			return this.mark == Mark.DELETED;
		}

	}

	/** How a line (a paragraph, a bullet) fared. */
	public enum LineKind {

		SAME, CHANGED, ADDED, REMOVED

	}

	/**
	 * A line of text side by side: on the left as it was (its deleted words marked), on the right as it is (its
	 * inserted words marked); an added line has nothing on the left, a removed one nothing on the right.
	 */
	public record Line(LineKind kind, List<Fragment> before, List<Fragment> after) {

		public Line {
			before = List.copyOf(before);
			after = List.copyOf(after);
		}

		public boolean isSame() {
			return this.kind == LineKind.SAME;
		}

	}

	/** How a section fared. */
	public enum SectionKind {

		SAME, CHANGED, ADDED, REMOVED

	}

	/**
	 * A section side by side.
	 * @param id its stable id
	 * @param kind unchanged, changed (moved, renumbered, retitled or rewritten), added or removed
	 * @param depth its depth (on the newer side, unless removed)
	 * @param numberBefore its printed number on the older side ({@code null} if added)
	 * @param numberAfter its printed number on the newer side ({@code null} if removed)
	 * @param titleBefore the older title, deleted words marked
	 * @param titleAfter the newer title, inserted words marked
	 * @param moved whether it moved: another parent, or another place among the siblings it kept
	 * @param renumbered whether its number changed (moved, or because sections before it came or went)
	 * @param retitled whether its title changed
	 * @param textChanged whether its text changed
	 * @param lines its text line by line
	 */
	public record SectionChange(long id, SectionKind kind, int depth, String numberBefore, String numberAfter,
			List<Fragment> titleBefore, List<Fragment> titleAfter, boolean moved, boolean renumbered,
			boolean retitled, boolean textChanged, List<Line> lines) {

		public SectionChange {
			titleBefore = List.copyOf(titleBefore);
			titleAfter = List.copyOf(titleAfter);
			lines = List.copyOf(lines);
		}

		public boolean isSame() {
			return this.kind == SectionKind.SAME;
		}

		/**
		 * The lines in stretches: each changed line alone, unchanged lines together, so that a page can fold the
		 * unchanged stretches.
		 */
		public List<Stretch> stretches() {
			List<Stretch> stretches = new ArrayList<>();
			List<Line> same = new ArrayList<>();
			for (Line line : this.lines) {
				if (line.isSame()) {
					same.add(line);
					continue;
				}
				if (!same.isEmpty()) {
					stretches.add(new Stretch(true, same));
					same = new ArrayList<>();
				}
				stretches.add(new Stretch(false, List.of(line)));
			}
			if (!same.isEmpty()) {
				stretches.add(new Stretch(true, same));
			}
			return stretches;
		}

	}

	/**
	 * Consecutive lines of a section: unchanged ones, or one changed line.
	 * @param same whether the lines are unchanged
	 * @param lines the lines
	 */
	public record Stretch(boolean same, List<Line> lines) {

		public Stretch {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A field of the header or the closing that changed.
	 * @param field its name ({@code summary}, {@code addressees}, {@code opening}, {@code window}, {@code deadline},
	 * {@code place}, {@code recipients}, {@code signature}, {@code signer})
	 * @param lines its text side by side
	 */
	public record FieldChange(String field, List<Line> lines) {

		public FieldChange {
			lines = List.copyOf(lines);
		}

	}

	/** How an indicator fared. */
	public enum IndicatorKind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * An indicator whose figures changed, or that was added to or removed from the report's catalogue.
	 * @param code its code
	 * @param name its name (the newer one)
	 * @param unitOfMeasure its unit
	 * @param kind added, removed or changed
	 * @param figures the figures that changed
	 */
	public record IndicatorChange(String code, String name, String unitOfMeasure, IndicatorKind kind,
			List<FigureChange> figures) {

		public IndicatorChange {
			figures = List.copyOf(figures);
		}

	}

	/**
	 * A figure that changed, as printed: {@code 250} → {@code 270}, {@code 95,00%} → {@code 100,37%}; {@code null} on
	 * a side that has none. For {@code estimated} the sides are {@code true} or {@code false}.
	 * @param field {@code estimated}, {@code actual}, {@code targetCouncil}, {@code targetProvince}, {@code plan},
	 * {@code samePeriod}, {@code percentOfCouncil}, {@code percentOfProvince}, {@code percentOfPlan},
	 * {@code percentOfSamePeriod}
	 * @param before the older figure
	 * @param after the newer figure
	 */
	public record FigureChange(String field, String before, String after) {
	}

}
