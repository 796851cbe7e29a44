package vn.ubnd.baocao.versions.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.importing.ImportService;
import vn.ubnd.baocao.importing.ReportTextParser;
import vn.ubnd.baocao.importing.UploadedDocument;
import vn.ubnd.baocao.report.ImportedDraft;
import vn.ubnd.baocao.versions.Snapshot;
import vn.ubnd.baocao.versions.VersionComparison;
import vn.ubnd.baocao.versions.VersionComparison.FieldChange;
import vn.ubnd.baocao.versions.VersionComparison.FigureChange;
import vn.ubnd.baocao.versions.VersionComparison.IndicatorKind;
import vn.ubnd.baocao.versions.VersionComparison.SectionChange;
import vn.ubnd.baocao.versions.VersionComparison.SectionKind;
import vn.ubnd.baocao.versions.VersionComparison.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.ubnd.baocao.versions.internal.TextDiffTests.show;

/**
 * Two snapshots compared: sections matched by id (added, removed, moved, renumbered, retitled, rewritten), the
 * header and closing, the indicators; and the largest seed report against a changed copy of itself.
 */
class SnapshotComparerTests {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	@Test
	void identicalSnapshotsHaveNoChanges() {
		Outline outline = sample();
		VersionComparison comparison = compare(outline.snapshot(), outline.snapshot());
		assertThat(comparison.summary().isNone()).isTrue();
		assertThat(comparison.sections()).allMatch(SectionChange::isSame);
		assertThat(comparison.header()).isEmpty();
		assertThat(comparison.closing()).isEmpty();
		assertThat(comparison.indicators()).isEmpty();
	}

	@Test
	void addedRemovedMovedRetitledAndRewrittenSections() {
		Outline outline = sample();
		Snapshot before = outline.snapshot();
		Node results = outline.find("Kết quả");
		Node economy = outline.find("Kinh tế");
		Node culture = outline.find("Văn hóa");
		Node defence = outline.find("Quốc phòng");
		economy.body = "Tổng thu ngân sách ước đạt 270 tỷ đồng.\nChi ngân sách bảo đảm.";
		culture.title = "Văn hóa, xã hội";
		results.children.remove(defence);
		results.children.add(0, new Node(outline.ids.incrementAndGet(), "Chuyển đổi số", "Triển khai đề án 06."));
		// "Phương hướng" (3.) goes first: only it moved; "Kết quả" and "Tồn tại" keep their order
		Node plans = outline.find("Phương hướng");
		outline.roots.remove(plans);
		outline.roots.add(0, plans);

		VersionComparison comparison = compare(before, outline.snapshot());

		assertThat(comparison.summary()).isEqualTo(new VersionComparison.Summary(1, 1, 1, 1, 1, 0, false, false));
		SectionChange added = section(comparison, "Chuyển đổi số");
		assertThat(added.kind()).isEqualTo(SectionKind.ADDED);
		assertThat(added.numberBefore()).isNull();
		assertThat(added.numberAfter()).isEqualTo("2.1.");
		SectionChange removed = section(comparison, "Quốc phòng");
		assertThat(removed.kind()).isEqualTo(SectionKind.REMOVED);
		assertThat(removed.numberBefore()).isEqualTo("1.3.");
		assertThat(removed.numberAfter()).isNull();
		SectionChange moved = section(comparison, "Phương hướng");
		assertThat(moved.moved()).isTrue();
		assertThat(moved.numberBefore()).isEqualTo("3.");
		assertThat(moved.numberAfter()).isEqualTo("1.");
		assertThat(section(comparison, "Tồn tại").moved()).isFalse();
		// renumbered because a section moved before it: not a move of its own
		SectionChange kept = section(comparison, "Kết quả");
		assertThat(kept.moved()).isFalse();
		assertThat(kept.renumbered()).isTrue();
		assertThat(kept.numberBefore()).isEqualTo("1.");
		assertThat(kept.numberAfter()).isEqualTo("2.");
		SectionChange retitled = section(comparison, "Văn hóa");
		assertThat(retitled.retitled()).isTrue();
		assertThat(show(retitled.titleBefore())).isEqualTo("Văn hóa");
		assertThat(show(retitled.titleAfter())).isEqualTo("Văn hóa{+, xã hội+}");
		assertThat(retitled.textChanged()).isFalse();
		SectionChange rewritten = section(comparison, "Kinh tế");
		assertThat(rewritten.textChanged()).isTrue();
		assertThat(rewritten.lines()).hasSize(2);
		assertThat(show(rewritten.lines().get(0).after())).isEqualTo("Tổng thu ngân sách ước đạt {+270+} tỷ đồng.");
		// the removed section stands where it stood: after "Văn hóa", before "Tồn tại"
		List<String> order = comparison.sections().stream().map(SnapshotComparerTests::title).toList();
		assertThat(order).containsExactly("Phương hướng", "Kết quả", "Chuyển đổi số", "Kinh tế", "Văn hóa",
				"Quốc phòng", "Tồn tại");
	}

	@Test
	void aSwapOfTwoNeighboursIsOneMove() {
		Outline outline = sample();
		Snapshot before = outline.snapshot();
		Node results = outline.find("Kết quả");
		Node economy = outline.find("Kinh tế");
		results.children.remove(economy);
		results.children.add(1, economy);
		VersionComparison comparison = compare(before, outline.snapshot());
		assertThat(comparison.summary().moved()).isEqualTo(1);
		assertThat(comparison.summary().added() + comparison.summary().removed()).isZero();
	}

	@Test
	void indentingASectionMovesItUnderAnotherParent() {
		Outline outline = sample();
		Snapshot before = outline.snapshot();
		Node problems = outline.find("Tồn tại");
		outline.roots.remove(problems);
		outline.find("Kết quả").children.add(problems);
		VersionComparison comparison = compare(before, outline.snapshot());
		SectionChange moved = section(comparison, "Tồn tại");
		assertThat(moved.moved()).isTrue();
		assertThat(moved.numberBefore()).isEqualTo("2.");
		assertThat(moved.numberAfter()).isEqualTo("1.4.");
		assertThat(moved.depth()).isEqualTo(1);
		// "Phương hướng" went from 3. to 2.: renumbered, not moved
		assertThat(comparison.summary().moved()).isEqualTo(1);
		assertThat(section(comparison, "Phương hướng").renumbered()).isTrue();
	}

	@Test
	void headerAndClosingChanges() {
		Outline outline = sample();
		Snapshot before = outline.snapshot();
		outline.summary = "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2026";
		outline.deadline = LocalDate.of(2026, 7, 10);
		outline.recipients = List.of("Như trên;", "TT. Huyện ủy;", "Lưu: VT.");
		VersionComparison comparison = compare(before, outline.snapshot());
		assertThat(comparison.header()).extracting(FieldChange::field).containsExactly("summary", "deadline");
		assertThat(show(comparison.header().get(1).lines().get(0).before())).isEqualTo("[-08/07/2026-]");
		assertThat(show(comparison.header().get(1).lines().get(0).after())).isEqualTo("{+10/07/2026+}");
		assertThat(comparison.closing()).extracting(FieldChange::field).containsExactly("recipients");
		assertThat(comparison.summary().headerChanged()).isTrue();
		assertThat(comparison.summary().closingChanged()).isTrue();
	}

	@Test
	void indicatorFiguresAsPrinted() {
		Outline outline = sample();
		Snapshot before = outline.snapshot();
		outline.indicators = List.of(
				indicator("THU_NSNN", "Thu ngân sách", "tỷ đồng", true, figure("270", "270"),
						figure("100.37", "100,37%")),
				indicator("DAN_SO", "Dân số", "người", false, figure("123456", "123.456"), null),
				indicator("MOI", "Chỉ tiêu mới", "%", false, null, null));
		VersionComparison comparison = compare(before, outline.snapshot());
		assertThat(comparison.indicators()).hasSize(2);
		VersionComparison.IndicatorChange revenue = comparison.indicators().get(0);
		assertThat(revenue.code()).isEqualTo("THU_NSNN");
		assertThat(revenue.kind()).isEqualTo(IndicatorKind.CHANGED);
		assertThat(revenue.figures()).containsExactly(new FigureChange("estimated", "false", "true"),
				new FigureChange("actual", "250", "270"), new FigureChange("percentOfSamePeriod", "92,94%", "100,37%"));
		assertThat(comparison.indicators().get(1).kind()).isEqualTo(IndicatorKind.ADDED);
		assertThat(comparison.summary().indicatorsChanged()).isEqualTo(2);

		outline.indicators = List.of();
		assertThat(compare(before, outline.snapshot()).indicators()).extracting(VersionComparison.IndicatorChange::kind)
			.containsExactly(IndicatorKind.REMOVED, IndicatorKind.REMOVED);
	}

	@Test
	void theLargestSeedAgainstAChangedCopyIsFast() throws IOException {
		byte[] seed = Files.readAllBytes(SEEDS.resolve("003_2d91353767ae391c.txt"));
		ImportedDraft draft = ImportService
			.toDraft(new ReportTextParser().parse(UploadedDocument.text("003_2d91353767ae391c.txt", seed)));
		Outline outline = Outline.of(draft);
		Snapshot before = outline.snapshot();
		assertThat(before.sections()).hasSizeGreaterThan(30);
		assertThat(before.sections().stream().mapToInt((s) -> s.body().length()).sum()).isGreaterThan(40_000);

		// change words in the longest section, retitle one, remove one, add one, move one
		Node longest = outline.all().stream().max((a, b) -> Integer.compare(a.body.length(), b.body.length())).orElseThrow();
		String[] paragraphs = longest.body.split("\n");
		int middle = paragraphs.length / 2;
		while (paragraphs[middle].length() < 80) {
			middle++;
		}
		paragraphs[middle] = paragraphs[middle].replaceFirst("\\s\\S+\\s", " thêm từ mới ");
		longest.body = String.join("\n", paragraphs);
		Node third = outline.roots.get(2);
		third.title = third.title + " (sửa đổi)";
		Node removed = outline.all().stream()
			.filter((n) -> n.children.isEmpty() && n != longest && !outline.roots.contains(n))
			.reduce((first, second) -> second)
			.orElseThrow();
		outline.all().forEach((n) -> n.children.remove(removed));
		outline.roots.get(1).children.add(new Node(outline.ids.incrementAndGet(), "Mục bổ sung", "Nội dung mới."));
		Node movedOne = outline.roots.remove(outline.roots.size() - 1);
		outline.roots.add(0, movedOne);
		Snapshot after = outline.snapshot();

		VersionComparison comparison = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> compare(before, after));
		assertThat(comparison.summary().added()).isEqualTo(1);
		assertThat(comparison.summary().removed()).isEqualTo(1);
		assertThat(comparison.summary().moved()).isEqualTo(1);
		assertThat(comparison.summary().retitled()).isEqualTo(1);
		assertThat(comparison.summary().textChanged()).isEqualTo(1);
		SectionChange changed = section(comparison, longest.title);
		assertThat(changed.lines().stream().filter((l) -> !l.isSame()).toList()).singleElement()
			.satisfies((line) -> assertThat(show(line.after())).contains("{+thêm từ mới+}"));
	}

	// Fixtures

	private static VersionComparison compare(Snapshot before, Snapshot after) {
		return SnapshotComparer.compare(1, new Side(1, java.time.Instant.EPOCH, "vanthu"), before, Side.CURRENT,
				after);
	}

	private static SectionChange section(VersionComparison comparison, String title) {
		return comparison.sections().stream().filter((s) -> title(s).equals(title)).findFirst().orElseThrow();
	}

	private static String title(SectionChange section) {
		List<VersionComparison.Fragment> title = section.titleBefore().isEmpty() ? section.titleAfter()
				: section.titleBefore();
		return title.stream().map(VersionComparison.Fragment::text).reduce("", String::concat);
	}

	private static Outline sample() {
		Outline outline = new Outline();
		Node results = outline.add(null, "Kết quả", "");
		outline.add(results, "Kinh tế", "Tổng thu ngân sách ước đạt 250 tỷ đồng.\nChi ngân sách bảo đảm.");
		outline.add(results, "Văn hóa", "Các hoạt động văn hóa diễn ra sôi nổi.");
		outline.add(results, "Quốc phòng", "Giữ vững quốc phòng, an ninh.");
		outline.add(null, "Tồn tại", "Một số chỉ tiêu chưa đạt.");
		outline.add(null, "Phương hướng", "Tập trung thu ngân sách.");
		outline.indicators = List.of(
				indicator("THU_NSNN", "Thu ngân sách", "tỷ đồng", false, figure("250", "250"),
						figure("92.94", "92,94%")),
				indicator("DAN_SO", "Dân số", "người", false, figure("123456", "123.456"), null));
		return outline;
	}

	private static Snapshot.Indicator indicator(String code, String name, String unit, boolean estimated,
			Snapshot.Figure actual, Snapshot.Figure percentOfSamePeriod) {
		return new Snapshot.Indicator(code, name, unit, estimated, actual, null, null, null, null, null, null, null,
				percentOfSamePeriod);
	}

	private static Snapshot.Figure figure(String value, String printed) {
		return new Snapshot.Figure(value, printed);
	}

	/** A section tree that a test changes, numbered {@code 1.}, {@code 1.2.} … as snapshots are taken. */
	static final class Node {

		final long id;

		String title;

		String body;

		final List<Node> children = new ArrayList<>();

		Node(long id, String title, String body) {
			this.id = id;
			this.title = title;
			this.body = body;
		}

	}

	static final class Outline {

		final AtomicLong ids = new AtomicLong(100);

		final List<Node> roots = new ArrayList<>();

		String summary = "Báo cáo tình hình kinh tế - xã hội 6 tháng";

		LocalDate deadline = LocalDate.of(2026, 7, 8);

		List<String> recipients = List.of("Như trên;", "Lưu: VT.");

		List<Snapshot.Indicator> indicators = List.of();

		static Outline of(ImportedDraft draft) {
			Outline outline = new Outline();
			draft.sections().forEach((s) -> outline.roots.add(outline.node(s)));
			return outline;
		}

		private Node node(ImportedDraft.Section section) {
			Node node = new Node(this.ids.incrementAndGet(), section.title(), section.body());
			section.children().forEach((child) -> node.children.add(node(child)));
			return node;
		}

		Node add(Node parent, String title, String body) {
			Node node = new Node(this.ids.incrementAndGet(), title, body);
			((parent == null) ? this.roots : parent.children).add(node);
			return node;
		}

		Node find(String title) {
			return all().stream().filter((n) -> n.title.equals(title)).findFirst().orElseThrow();
		}

		List<Node> all() {
			List<Node> all = new ArrayList<>();
			collect(this.roots, all);
			return all;
		}

		private static void collect(List<Node> nodes, List<Node> into) {
			for (Node node : nodes) {
				into.add(node);
				collect(node.children, into);
			}
		}

		Snapshot snapshot() {
			List<Snapshot.Section> sections = new ArrayList<>();
			walk(this.roots, null, 0, "", sections);
			return new Snapshot(Snapshot.FORMAT,
					new Snapshot.Header("BÁO CÁO", this.summary, List.of("Thường trực HĐND huyện"), "Mở đầu.",
							"Phú Sơn", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15), this.deadline),
					sections, new Snapshot.Closing(this.recipients, List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
							"Nguyễn Văn A"),
					this.indicators);
		}

		private static void walk(List<Node> nodes, Long parentId, int depth, String prefix,
				List<Snapshot.Section> into) {
			for (int i = 0; i < nodes.size(); i++) {
				Node node = nodes.get(i);
				String label = prefix + (i + 1) + ".";
				into.add(new Snapshot.Section(node.id, parentId, i, depth, label, node.title, node.body));
				walk(node.children, node.id, depth + 1, label, into);
			}
		}

	}

}
