package vn.ubnd.baocao.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTests {

	@Test
	void readsEveryKindOfNumber() {
		assertReading("Phần thứ hai", NumberingKind.PART, "Phần thứ hai", "", 2);
		assertReading("PHẦN THỨ NHẤT: TÌNH HÌNH", NumberingKind.PART, "PHẦN THỨ NHẤT", "TÌNH HÌNH", 1);
		assertReading("Phần IV. KIẾN NGHỊ", NumberingKind.PART, "Phần IV", "KIẾN NGHỊ", 4);
		assertReading("B. CHƯƠNG TRÌNH", NumberingKind.LETTER, "B", "CHƯƠNG TRÌNH", 2);
		assertReading("XIV. KẾT LUẬN", NumberingKind.ROMAN, "XIV", "KẾT LUẬN", 14);
		assertReading("10. Tiếp tục", NumberingKind.ARABIC, "10", "Tiếp tục", 10);
		assertReading("1.Thiếu dấu cách", NumberingKind.ARABIC, "1", "Thiếu dấu cách", 1);
		assertReading("đ) Điểm đ", NumberingKind.POINT, "đ", "Điểm đ", 5);
		List<Numbering.Label> decimal = Numbering.read("2.1.1. Cấp huyện:");
		assertThat(decimal).singleElement().satisfies((label) -> {
			assertThat(label.kind()).isEqualTo(NumberingKind.DECIMAL);
			assertThat(label.label()).isEqualTo("2.1.1");
			assertThat(label.marker()).isEqualTo("2.1.1.");
			assertThat(label.value()).containsExactly(2, 1, 1);
		});
		assertThat(Numbering.read("5.10 Lĩnh vực nội chính:")).singleElement()
			.satisfies((label) -> assertThat(label.marker()).isEqualTo("5.10"));
	}

	@Test
	void readsIVAndXBothWaysRomanFirst() {
		assertThat(Numbering.read("I. KẾT QUẢ")).extracting(Numbering.Label::kind)
			.containsExactly(NumberingKind.ROMAN, NumberingKind.LETTER);
		assertThat(Numbering.read("V. PHƯƠNG HƯỚNG")).extracting(Numbering.Label::kind)
			.containsExactly(NumberingKind.ROMAN, NumberingKind.LETTER);
		assertThat(Numbering.read("II. ĐÁNH GIÁ")).extracting(Numbering.Label::kind)
			.containsExactly(NumberingKind.ROMAN);
		assertThat(Numbering.read("C. KIẾN NGHỊ")).extracting(Numbering.Label::kind)
			.containsExactly(NumberingKind.LETTER);
	}

	@Test
	void leavesOrdinaryTextAlone() {
		for (String text : List.of("6 tháng đầu năm 2024, nền kinh tế", "2.637 tỷ đồng", "1.5% so với cùng kỳ",
				"2021. Năm bản lề", "Phần lớn các xã", "Phần việc còn lại", "TM. ỦY BAN NHÂN DÂN", "(1) Kinh tế",
				"IIII. Sai", "a. Không phải điểm")) {
			assertThat(Numbering.read(text)).as(text).isEmpty();
		}
	}

	@Test
	void pointsFollowTheVietnameseAndTheLatinAlphabet() {
		assertThat(follows("d) x", "đ) x")).isTrue();
		assertThat(follows("đ) x", "e) x")).isTrue();
		assertThat(follows("d) x", "e) x")).isTrue();
		assertThat(follows("e) x", "g) x")).isTrue();
		assertThat(follows("e) x", "f) x")).isTrue();
		assertThat(follows("n) x", "o) x")).isTrue();
		assertThat(follows("a) x", "c) x")).isFalse();
		assertThat(follows("d) x", "d) x")).isFalse();
		assertThat(follows("đ) x", "d) x")).isFalse();
	}

	@Test
	void numbersFollowByOne() {
		assertThat(follows("IX. x", "X. x")).isTrue();
		assertThat(follows("A. x", "B. x")).isTrue();
		assertThat(follows("Phần thứ hai", "Phần thứ ba")).isTrue();
		assertThat(follows("9. x", "10. x")).isTrue();
		assertThat(follows("5.9 x", "5.10 x")).isTrue();
		assertThat(follows("2.1.1. x", "2.1.2. x")).isTrue();
		assertThat(follows("1. x", "3. x")).isFalse();
		assertThat(follows("2.1. x", "3.1. x")).isFalse();
		assertThat(follows("2.1. x", "2.1.1. x")).isFalse();
		assertThat(follows("1. x", "2.1. x")).isFalse();
	}

	@Test
	void aLevelOpensWithNumberOneUnderTheRightParent() {
		assertThat(Numbering.opens(label("a) x"), null)).isTrue();
		assertThat(Numbering.opens(label("b) x"), null)).isFalse();
		assertThat(Numbering.opens(label("f) x"), null)).isFalse();
		assertThat(Numbering.opens(label("I. x"), label("A. x"))).isTrue();
		assertThat(Numbering.opens(label("1.1. x"), label("1. x"))).isTrue();
		assertThat(Numbering.opens(label("1.1. x"), label("2. x"))).isFalse();
		assertThat(Numbering.opens(label("2.1 x"), label("II. x"))).isTrue();
		assertThat(Numbering.opens(label("2.1.1. x"), label("2.1. x"))).isTrue();
		assertThat(Numbering.opens(label("2.2.1. x"), label("2.1. x"))).isFalse();
		assertThat(Numbering.opens(label("2.1.1. x"), label("2. x"))).isFalse();
		assertThat(Numbering.opens(label("1.1. x"), label("Phần thứ hai"))).isTrue();
	}

	@Test
	void romanNumeralsUpToThirtyNine() {
		assertThat(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XIX", "XXXIX"))
			.extracting(Numbering::romanValue)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 19, 39);
		assertThat(List.of("", "IIII", "VV", "IC", "XL")).extracting(Numbering::romanValue).containsOnly(0);
	}

	@Test
	void nestingRanksFollowTheConventionalOrder() {
		assertThat(List.of("Phần I", "A. x", "I. x", "1. x", "1.1. x", "1.1.1. x", "a) x"))
			.extracting((text) -> label(text).rank())
			.isSorted()
			.doesNotHaveDuplicates();
	}

	private static boolean follows(String previous, String next) {
		return Numbering.follows(label(previous), label(next));
	}

	private static Numbering.Label label(String text) {
		return Numbering.read(text).get(0);
	}

	private static void assertReading(String text, NumberingKind kind, String label, String rest, int value) {
		assertThat(Numbering.read(text)).as(text).first().satisfies((reading) -> {
			assertThat(reading.kind()).isEqualTo(kind);
			assertThat(reading.label()).isEqualTo(label);
			assertThat(reading.text()).isEqualTo(rest);
			assertThat(reading.value()).containsExactly(value);
		});
	}

}
