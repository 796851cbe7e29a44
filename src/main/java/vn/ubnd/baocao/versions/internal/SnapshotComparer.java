package vn.ubnd.baocao.versions.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import vn.ubnd.baocao.versions.Snapshot;
import vn.ubnd.baocao.versions.VersionComparison;
import vn.ubnd.baocao.versions.VersionComparison.FieldChange;
import vn.ubnd.baocao.versions.VersionComparison.FigureChange;
import vn.ubnd.baocao.versions.VersionComparison.Fragment;
import vn.ubnd.baocao.versions.VersionComparison.IndicatorChange;
import vn.ubnd.baocao.versions.VersionComparison.IndicatorKind;
import vn.ubnd.baocao.versions.VersionComparison.Line;
import vn.ubnd.baocao.versions.VersionComparison.Mark;
import vn.ubnd.baocao.versions.VersionComparison.SectionChange;
import vn.ubnd.baocao.versions.VersionComparison.SectionKind;
import vn.ubnd.baocao.versions.VersionComparison.Side;
import vn.ubnd.baocao.versions.VersionComparison.Summary;

/**
 * Compares two snapshots of a report. Sections are matched by their stable id: one only in the newer snapshot was
 * added, one only in the older was removed. A kept section moved if its parent changed, or if its order among the
 * siblings it kept with the same parent changed (the fewest sections that must move to give the new order are the
 * ones said to have moved); its number may also change only because sections before it came or went, which is not
 * a move. Titles and texts are compared with {@link TextDiff}; indicators by code, their figures as printed.
 */
public final class SnapshotComparer {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private SnapshotComparer() {
	}

	public static VersionComparison compare(long reportId, Side beforeSide, Snapshot before, Side afterSide,
			Snapshot after) {
		List<SectionChange> sections = sections(before.sections(), after.sections());
		List<FieldChange> header = header(before.header(), after.header());
		List<FieldChange> closing = closing(before.closing(), after.closing());
		List<IndicatorChange> indicators = indicators(before.indicators(), after.indicators());
		int added = 0;
		int removed = 0;
		int moved = 0;
		int retitled = 0;
		int rewritten = 0;
		for (SectionChange section : sections) {
			added += (section.kind() == SectionKind.ADDED) ? 1 : 0;
			removed += (section.kind() == SectionKind.REMOVED) ? 1 : 0;
			moved += section.moved() ? 1 : 0;
			retitled += section.retitled() ? 1 : 0;
			rewritten += (section.kind() == SectionKind.CHANGED && section.textChanged()) ? 1 : 0;
		}
		Summary summary = new Summary(added, removed, moved, retitled, rewritten, indicators.size(), !header.isEmpty(),
				!closing.isEmpty());
		return new VersionComparison(reportId, beforeSide, afterSide, summary, header, sections, closing, indicators);
	}

	// Sections

	static List<SectionChange> sections(List<Snapshot.Section> before, List<Snapshot.Section> after) {
		Map<Long, Snapshot.Section> old = byId(before);
		Map<Long, Snapshot.Section> now = byId(after);
		Set<Long> moved = moved(old, now);
		Map<Long, SectionChange> changes = new LinkedHashMap<>();
		List<Long> order = new ArrayList<>();
		for (Snapshot.Section section : after) {
			Snapshot.Section previous = old.get(section.id());
			changes.put(section.id(), (previous == null) ? added(section)
					: kept(previous, section, moved.contains(section.id())));
			order.add(section.id());
		}
		// a removed section goes right after the section that came before it in the older reading order
		Long previousId = null;
		for (Snapshot.Section section : before) {
			if (!now.containsKey(section.id())) {
				int at = (previousId == null) ? 0 : order.indexOf(previousId) + 1;
				order.add(at, section.id());
				changes.put(section.id(), removed(section));
			}
			previousId = section.id();
		}
		return order.stream().map(changes::get).toList();
	}

	private static Map<Long, Snapshot.Section> byId(List<Snapshot.Section> sections) {
		Map<Long, Snapshot.Section> map = new LinkedHashMap<>();
		sections.forEach((s) -> map.put(s.id(), s));
		return map;
	}

	/**
	 * The kept sections that moved: those with another parent, and, among the kept siblings under each parent, those
	 * outside the longest run kept in the same order.
	 */
	static Set<Long> moved(Map<Long, Snapshot.Section> old, Map<Long, Snapshot.Section> now) {
		Set<Long> moved = new HashSet<>();
		Map<Long, List<Snapshot.Section>> siblingsNow = new HashMap<>();
		for (Snapshot.Section section : now.values()) {
			Snapshot.Section previous = old.get(section.id());
			if (previous == null) {
				continue;
			}
			if (!Objects.equals(previous.parentId(), section.parentId())) {
				moved.add(section.id());
			}
			else {
				siblingsNow.computeIfAbsent(section.parentId() == null ? -1L : section.parentId(),
						(k) -> new ArrayList<>()).add(section);
			}
		}
		for (List<Snapshot.Section> siblings : siblingsNow.values()) {
			List<Long> newOrder = siblings.stream()
				.sorted(Comparator.comparingInt(Snapshot.Section::position))
				.map(Snapshot.Section::id)
				.toList();
			List<Long> oldOrder = siblings.stream()
				.map((s) -> old.get(s.id()))
				.sorted(Comparator.comparingInt(Snapshot.Section::position))
				.map(Snapshot.Section::id)
				.toList();
			for (Diff.Run run : Diff.of(oldOrder, newOrder)) {
				if (run.op() == Diff.Op.INSERT) {
					moved.addAll(newOrder.subList(run.bFrom(), run.bTo()));
				}
			}
		}
		return moved;
	}

	private static SectionChange added(Snapshot.Section section) {
		List<Line> lines = TextDiff.lines("", section.body());
		return new SectionChange(section.id(), SectionKind.ADDED, section.depth(), null, section.label(), List.of(),
				marked(section.title(), Mark.INSERTED), false, false, false, !lines.isEmpty(), lines);
	}

	private static SectionChange removed(Snapshot.Section section) {
		List<Line> lines = TextDiff.lines(section.body(), "");
		return new SectionChange(section.id(), SectionKind.REMOVED, section.depth(), section.label(), null,
				marked(section.title(), Mark.DELETED), List.of(), false, false, false, !lines.isEmpty(), lines);
	}

	private static SectionChange kept(Snapshot.Section before, Snapshot.Section after, boolean moved) {
		Line title = TextDiff.words(before.title(), after.title());
		List<Line> lines = TextDiff.lines(before.body(), after.body());
		boolean retitled = !title.isSame();
		boolean rewritten = TextDiff.changed(lines);
		boolean renumbered = !Objects.equals(before.label(), after.label());
		SectionKind kind = (moved || renumbered || retitled || rewritten) ? SectionKind.CHANGED : SectionKind.SAME;
		return new SectionChange(after.id(), kind, after.depth(), before.label(), after.label(), title.before(),
				title.after(), moved, renumbered, retitled, rewritten, lines);
	}

	private static List<Fragment> marked(String text, Mark mark) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(new Fragment(text, mark));
	}

	// Header and closing

	static List<FieldChange> header(Snapshot.Header before, Snapshot.Header after) {
		List<FieldChange> changes = new ArrayList<>();
		field(changes, "summary", before.summary(), after.summary());
		field(changes, "addressees", String.join("\n", before.addressees()), String.join("\n", after.addressees()));
		field(changes, "opening", before.opening(), after.opening());
		field(changes, "place", before.placeName(), after.placeName());
		field(changes, "window", window(before), window(after));
		field(changes, "deadline", date(before.deadline()), date(after.deadline()));
		return changes;
	}

	static List<FieldChange> closing(Snapshot.Closing before, Snapshot.Closing after) {
		List<FieldChange> changes = new ArrayList<>();
		field(changes, "recipients", String.join("\n", before.recipients()), String.join("\n", after.recipients()));
		field(changes, "signature", String.join("\n", before.signatureLines()),
				String.join("\n", after.signatureLines()));
		field(changes, "signer", before.signerName(), after.signerName());
		return changes;
	}

	private static void field(List<FieldChange> changes, String name, String before, String after) {
		List<Line> lines = TextDiff.lines(before, after);
		if (TextDiff.changed(lines)) {
			changes.add(new FieldChange(name, lines));
		}
	}

	private static String window(Snapshot.Header header) {
		return date(header.dataFrom()) + " – " + date(header.dataTo());
	}

	private static String date(LocalDate date) {
		return (date == null) ? "" : DATE.format(date);
	}

	// Indicators

	private static final Map<String, Function<Snapshot.Indicator, Snapshot.Figure>> FIGURES = figures();

	private static Map<String, Function<Snapshot.Indicator, Snapshot.Figure>> figures() {
		Map<String, Function<Snapshot.Indicator, Snapshot.Figure>> figures = new LinkedHashMap<>();
		figures.put("actual", Snapshot.Indicator::actual);
		figures.put("targetCouncil", Snapshot.Indicator::targetCouncil);
		figures.put("targetProvince", Snapshot.Indicator::targetProvince);
		figures.put("plan", Snapshot.Indicator::plan);
		figures.put("samePeriod", Snapshot.Indicator::samePeriod);
		figures.put("percentOfCouncil", Snapshot.Indicator::percentOfCouncil);
		figures.put("percentOfProvince", Snapshot.Indicator::percentOfProvince);
		figures.put("percentOfPlan", Snapshot.Indicator::percentOfPlan);
		figures.put("percentOfSamePeriod", Snapshot.Indicator::percentOfSamePeriod);
		return figures;
	}

	static List<IndicatorChange> indicators(List<Snapshot.Indicator> before, List<Snapshot.Indicator> after) {
		Map<String, Snapshot.Indicator> old = new LinkedHashMap<>();
		before.forEach((i) -> old.put(i.code(), i));
		List<IndicatorChange> changes = new ArrayList<>();
		for (Snapshot.Indicator indicator : after) {
			Snapshot.Indicator previous = old.remove(indicator.code());
			List<FigureChange> figures = figureChanges(previous, indicator);
			if (previous == null) {
				changes.add(new IndicatorChange(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
						IndicatorKind.ADDED, figures));
			}
			else if (!figures.isEmpty()) {
				changes.add(new IndicatorChange(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
						IndicatorKind.CHANGED, figures));
			}
		}
		for (Snapshot.Indicator removed : old.values()) {
			changes.add(new IndicatorChange(removed.code(), removed.name(), removed.unitOfMeasure(),
					IndicatorKind.REMOVED, figureChanges(removed, null)));
		}
		return changes;
	}

	private static List<FigureChange> figureChanges(Snapshot.Indicator before, Snapshot.Indicator after) {
		List<FigureChange> changes = new ArrayList<>();
		boolean estimatedBefore = before != null && before.estimated();
		boolean estimatedAfter = after != null && after.estimated();
		if (before != null && after != null && estimatedBefore != estimatedAfter) {
			changes.add(new FigureChange("estimated", String.valueOf(estimatedBefore), String.valueOf(estimatedAfter)));
		}
		FIGURES.forEach((field, figure) -> {
			String old = printed((before == null) ? null : figure.apply(before));
			String now = printed((after == null) ? null : figure.apply(after));
			if (!Objects.equals(old, now)) {
				changes.add(new FigureChange(field, old, now));
			}
		});
		return changes;
	}

	private static String printed(Snapshot.Figure figure) {
		return (figure == null || figure.printed() == null || figure.printed().isEmpty()) ? null : figure.printed();
	}

}
