package vn.ubnd.baocao.versions.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.versions.VersionComparison.Fragment;
import vn.ubnd.baocao.versions.VersionComparison.Line;
import vn.ubnd.baocao.versions.VersionComparison.LineKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Texts side by side: paragraphs first, then words inside the paragraphs that changed. In the expectations, a
 * deleted piece is written {@code [-…-]} and an inserted one {@code {+…+}}.
 */
class TextDiffTests {

	@Test
	void aWordInserted() {
		Line line = TextDiff.words("Thu ngân sách đạt 270 tỷ đồng", "Thu ngân sách ước đạt 270 tỷ đồng");
		assertThat(line.kind()).isEqualTo(LineKind.CHANGED);
		assertThat(show(line.before())).isEqualTo("Thu ngân sách đạt 270 tỷ đồng");
		assertThat(show(line.after())).isEqualTo("Thu ngân sách {+ước +}đạt 270 tỷ đồng");
	}

	@Test
	void aWordDeleted() {
		Line line = TextDiff.words("Kết quả đạt được rất khả quan.", "Kết quả đạt được khả quan.");
		assertThat(show(line.before())).isEqualTo("Kết quả đạt được [-rất -]khả quan.");
		assertThat(show(line.after())).isEqualTo("Kết quả đạt được khả quan.");
	}

	@Test
	void aNumberReplacedWhole() {
		Line line = TextDiff.words("ước đạt 1.234,5 tỷ đồng, bằng 95,20% dự toán", "ước đạt 1.334,5 tỷ đồng, bằng 100,37% dự toán");
		assertThat(show(line.before())).isEqualTo("ước đạt [-1.234,5-] tỷ đồng, bằng [-95,20-]% dự toán");
		assertThat(show(line.after())).isEqualTo("ước đạt {+1.334,5+} tỷ đồng, bằng {+100,37+}% dự toán");
	}

	@Test
	void vietnameseWordsChangeWholeNeverALetter() {
		Line line = TextDiff.words("Phường Hòa An", "Phương Hoà An");
		// "Hoà" typed with the accent on the other letter is another spelling, and a whole word changes
		assertThat(show(line.before())).isEqualTo("[-Phường Hòa-] An");
		assertThat(show(line.after())).isEqualTo("{+Phương Hoà+} An");
	}

	@Test
	void theSameTextInDecomposedFormIsNoChange() {
		String nfc = "Tổng thu ngân sách nhà nước trên địa bàn";
		List<Line> lines = TextDiff.lines(nfc, Normalizer.normalize(nfc, Normalizer.Form.NFD));
		assertThat(lines).singleElement().satisfies((line) -> assertThat(line.kind()).isEqualTo(LineKind.SAME));
		assertThat(TextDiff.changed(lines)).isFalse();
	}

	@Test
	void spacesBetweenChangedWordsJoinTheChange() {
		Line line = TextDiff.words("một hai ba", "bốn năm ba");
		assertThat(show(line.before())).isEqualTo("[-một hai-] ba");
		assertThat(show(line.after())).isEqualTo("{+bốn năm+} ba");
	}

	@Test
	void paragraphsAddedRemovedAndChanged() {
		String before = """
				Đoạn một giữ nguyên.
				Đoạn hai sẽ bị xóa hẳn khỏi văn bản.
				- Gạch đầu dòng có số 250 tỷ đồng.
				Đoạn cuối giữ nguyên.""";
		String after = """
				Đoạn một giữ nguyên.
				- Gạch đầu dòng có số 270 tỷ đồng.
				Một đoạn hoàn toàn mới về công tác cải cách hành chính.
				Đoạn cuối giữ nguyên.""";
		List<Line> lines = TextDiff.lines(before, after);
		assertThat(lines).extracting(Line::kind).containsExactly(LineKind.SAME, LineKind.REMOVED, LineKind.CHANGED,
				LineKind.ADDED, LineKind.SAME);
		assertThat(show(lines.get(1).before())).isEqualTo("[-Đoạn hai sẽ bị xóa hẳn khỏi văn bản.-]");
		assertThat(lines.get(1).after()).isEmpty();
		assertThat(show(lines.get(2).before())).isEqualTo("- Gạch đầu dòng có số [-250-] tỷ đồng.");
		assertThat(show(lines.get(2).after())).isEqualTo("- Gạch đầu dòng có số {+270+} tỷ đồng.");
		assertThat(lines.get(3).before()).isEmpty();
		assertThat(show(lines.get(3).after())).isEqualTo("{+Một đoạn hoàn toàn mới về công tác cải cách hành chính.+}");
	}

	@Test
	void anEditedParagraphIsPairedWithItsNewVersionNotWithAParagraphInsertedBeforeIt() {
		List<Line> lines = TextDiff.lines("Tình hình kinh tế xã hội sáu tháng đầu năm ổn định.",
				"Phần này mới thêm vào, không liên quan.\nTình hình kinh tế xã hội sáu tháng đầu năm tiếp tục ổn định.");
		assertThat(lines).extracting(Line::kind).containsExactly(LineKind.ADDED, LineKind.CHANGED);
		assertThat(show(lines.get(1).after())).isEqualTo("Tình hình kinh tế xã hội sáu tháng đầu năm {+tiếp tục +}ổn định.");
	}

	@Test
	void aRewrittenParagraphIsReplacedWholeNotMatchedWordByWord() {
		List<Line> lines = TextDiff.lines("Công tác quốc phòng được bảo đảm.", "Thu hút đầu tư tăng mạnh trong kỳ.");
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.kind()).isEqualTo(LineKind.CHANGED);
			assertThat(show(line.before())).isEqualTo("[-Công tác quốc phòng được bảo đảm.-]");
			assertThat(show(line.after())).isEqualTo("{+Thu hút đầu tư tăng mạnh trong kỳ.+}");
		});
	}

	@Test
	void removedAndAddedLinesShareRowsOneToOne() {
		List<Line> lines = TextDiff.lines("Giữ.\nCũ một hoàn toàn.\nCũ hai khác hẳn.\nGiữ cuối.",
				"Giữ.\nMới một chẳng giống gì.\nGiữ cuối.");
		assertThat(lines).extracting(Line::kind).containsExactly(LineKind.SAME, LineKind.CHANGED, LineKind.REMOVED,
				LineKind.SAME);
		assertThat(show(lines.get(1).after())).isEqualTo("{+Mới một chẳng giống gì.+}");
		assertThat(show(lines.get(2).before())).isEqualTo("[-Cũ hai khác hẳn.-]");
	}

	@Test
	void emptyTexts() {
		assertThat(TextDiff.lines("", "")).isEmpty();
		assertThat(TextDiff.lines(null, "\n  \n")).isEmpty();
		assertThat(TextDiff.lines("", "Một đoạn")).extracting(Line::kind).containsExactly(LineKind.ADDED);
		assertThat(TextDiff.lines("Một đoạn", null)).extracting(Line::kind).containsExactly(LineKind.REMOVED);
		assertThat(TextDiff.words("", "").kind()).isEqualTo(LineKind.SAME);
		assertThat(show(TextDiff.words("", "mới").after())).isEqualTo("{+mới+}");
	}

	@Test
	void blankLinesAndTrailingSpacesDoNotCount() {
		assertThat(TextDiff.changed(TextDiff.lines("Một.\n\nHai.  ", "Một.\nHai."))).isFalse();
	}

	@Test
	void userTextIsKeptAsTextNotMarkup() {
		Line line = TextDiff.words("Giữ <b>đậm</b>", "Giữ <script>alert(1)</script>");
		assertThat(String.join("", line.after().stream().map(Fragment::text).toList()))
			.isEqualTo("Giữ <script>alert(1)</script>");
	}

	@Test
	void aLongSectionWithAFewChangesIsFast() {
		StringBuilder before = new StringBuilder();
		for (int i = 0; i < 600; i++) {
			before.append("Đoạn ").append(i).append(": các xã, thị trấn triển khai thực hiện nhiệm vụ phát triển kinh tế")
				.append(" – xã hội, bảo đảm quốc phòng, an ninh; tổng thu ngân sách ước đạt ").append(1000 + i)
				.append(" triệu đồng.\n");
		}
		String after = before.toString()
			.replace("Đoạn 17: các xã", "Đoạn 17: một số xã")
			.replace("Đoạn 300: ", "Đoạn 300 (đã bổ sung): ")
			.replace("ước đạt 1599 triệu", "ước đạt 1.700 triệu") + "Đoạn thêm ở cuối.\n";
		assertThat(before.length()).isGreaterThan(66_000);
		List<Line> lines = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> TextDiff.lines(before.toString(), after));
		assertThat(lines.stream().filter((l) -> l.kind() != LineKind.SAME).map(Line::kind).toList())
			.containsExactly(LineKind.CHANGED, LineKind.CHANGED, LineKind.CHANGED, LineKind.ADDED);
	}

	@Test
	void aLongSingleParagraphRewrittenHalfwayFinishes() {
		StringBuilder before = new StringBuilder();
		StringBuilder after = new StringBuilder();
		for (int i = 0; i < 3000; i++) {
			before.append("từ").append(i % 97).append(' ');
			after.append((i % 2 == 0) ? "từ" + (i % 97) : "chữ" + (i % 89)).append(' ');
		}
		Line line = assertTimeoutPreemptively(Duration.ofSeconds(3),
				() -> TextDiff.words(before.toString(), after.toString()));
		assertThat(line.kind()).isEqualTo(LineKind.CHANGED);
		assertThat(text(line.before())).isEqualTo(before.toString());
		assertThat(text(line.after())).isEqualTo(after.toString());
	}

	@Test
	void theLargestSeedAsOneParagraphAgainstItsMirrorImageFinishesWithBothTextsKept() throws IOException {
		String seed = Files.readString(Path.of("..", "shared", "seeds", "003_2d91353767ae391c.txt")).replace('\n', ' ');
		String mirror = new StringBuilder(seed).reverse().toString();
		Line line = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextDiff.words(seed, mirror));
		assertThat(text(line.before())).isEqualTo(seed);
		assertThat(text(line.after())).isEqualTo(mirror);
	}

	private static String text(List<Fragment> fragments) {
		return fragments.stream().map(Fragment::text).collect(Collectors.joining());
	}

	/** The fragments with deleted pieces as {@code [-…-]} and inserted ones as {@code {+…+}}. */
	static String show(List<Fragment> fragments) {
		List<String> parts = new ArrayList<>();
		for (Fragment f : fragments) {
			parts.add(switch (f.mark()) {
				case SAME -> f.text();
				case DELETED -> "[-" + f.text() + "-]";
				case INSERTED -> "{+" + f.text() + "+}";
			});
		}
		return String.join("", parts);
	}

}
