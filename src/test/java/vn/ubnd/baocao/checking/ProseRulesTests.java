package vn.ubnd.baocao.checking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.indicator.VietnameseNumberWords;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures, words and ratio rules of the checker, on single sentences. */
class ProseRulesTests {

	@Test
	void readsVietnameseFiguresWithTheirUnits() {
		List<Amount> amounts = Amount.in("Hộ nghèo 848 hộ, chiếm 3,81%; dân số toàn huyện 73.589 người; thu 240,679 tỷ đồng và"
				+ " 17.281,5 tỷ đồng; phạt 3 tỷ 998 triệu đồng; tổng 1.796.000đ; 1.351 triệu con; 26 đồng chí.");
		assertThat(amounts).extracting(Amount::unit)
			.containsExactly("hộ", "%", "người", "đồng", "đồng", "đồng", "đồng", "triệu con", "đồng chí");
		assertThat(amounts).extracting(Amount::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("848"), new BigDecimal("3.81"), new BigDecimal("73589"),
					new BigDecimal("240679000000"), new BigDecimal("17281500000000"), new BigDecimal("3998000000"),
					new BigDecimal("1796000"), new BigDecimal("1351"), new BigDecimal("26"));
		assertThat(amounts.get(1).decimals()).isEqualTo(2);
		assertThat(amounts.get(0).plainCount()).isTrue();
		assertThat(amounts.get(7).plainCount()).isFalse();
	}

	@Test
	void skipsYearsDatesDocumentNumbersAndCodes() {
		// "số" before a figure makes it a document number, as in "Quyết định số 6073"
		List<Amount> amounts = Amount.in("Nghị định số 37/2014/NĐ-CP ngày 05/5/2014, năm 2020, nhiệm kỳ 2016 - 2021,"
				+ " Quốc lộ 61B, Đề án 04-ĐA/HU, ISO 9001:2015, kỳ họp thứ 5, Covid-19, 18,06/19 tiêu chí.");
		// what is left has no unit ("2021" of "2016 - 2021") and is never a total, a part or a base
		assertThat(amounts).allSatisfy((amount) -> assertThat(amount.unit()).isNull());
	}

	@Test
	void aRateIsNotAnAmountOfMoney() {
		List<Amount> amounts = Amount.in("3 năm x 40.000.000 đ/năm = 120.000.000 đồng");
		assertThat(amounts).filteredOn(Amount::money)
			.extracting(Amount::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("120000000"));
	}

	@Test
	void numberWordsAreComparedWithoutTheirVariants() {
		String expected = VietnameseNumberWords.amountInWords(new BigDecimal("1021415000"));
		assertThat(AmountWordsRule.normalise("Một tỉ không trăm hai mươi mốt triệu bốn trăm mười lăm ngàn đồng chẵn"))
			.isEqualTo(AmountWordsRule.normalise(expected));
		assertThat(AmountWordsRule.normalise("một tỷ không trăm hai mươi một triệu bốn trăm mười năm nghìn"))
			.isEqualTo(AmountWordsRule.normalise(expected));
		assertThat(AmountWordsRule.normalise("Một tỷ không trăm hai mốt triệu bốn trăm mười lăm nghìn đồng"))
			.isNotEqualTo(AmountWordsRule.normalise(expected));
	}

	@Test
	void aRatioIsRightRoundedHalfUpOrTruncatedAtThePrecisionWritten() {
		// 270 / 269 = 100,3717…%: 100,4 rounded, 100,3 truncated; 100,37 and 100,4 right, 100,5 and 100,38 wrong
		assertThat(ratio("Thu 270 tỷ đồng, đạt 100,3% dự toán (dự toán là 269 tỷ đồng).")).isEmpty();
		assertThat(ratio("Thu 270 tỷ đồng, đạt 100,4% dự toán (dự toán là 269 tỷ đồng).")).isEmpty();
		assertThat(ratio("Thu 270 tỷ đồng, đạt 100,37% dự toán (dự toán là 269 tỷ đồng).")).isEmpty();
		assertThat(ratio("Thu 270 tỷ đồng, đạt 100% dự toán (dự toán là 269 tỷ đồng).")).isEmpty();
		assertThat(ratio("Thu 270 tỷ đồng, đạt 100,5% dự toán (dự toán là 269 tỷ đồng).")).singleElement()
			.extracting(Finding::expected)
			.isEqualTo("100,4%");
		assertThat(ratio("Thu 270 tỷ đồng, đạt 100,38% dự toán (dự toán là 269 tỷ đồng).")).singleElement()
			.extracting(Finding::expected)
			.isEqualTo("100,37%");
	}

	@Test
	void aRatioWithoutItsBaseIsNotChecked() {
		assertThat(ratio("Thu 270 tỷ đồng, bằng 129,46% so với cùng kỳ năm 2021.")).isEmpty();
		assertThat(ratio("Đã thực hiện được 17,86/19 tiêu chí, đạt 50% so với kế hoạch.")).isEmpty();
	}

	@Test
	void aRatioComparedWithABaseAfterSoVoi() {
		assertThat(ratio("Sản lượng 1.200 tấn, đạt 120% so với năm trước 1.000 tấn.")).isEmpty();
		assertThat(ratio("Sản lượng 1.200 tấn, đạt 110% so với năm trước 1.000 tấn.")).singleElement()
			.extracting(Finding::expected)
			.isEqualTo("120%");
	}

	@Test
	void sentencesDoNotEndInsideFiguresOrAtAnEllipsis() {
		String text = "Thu 1.234 tỷ đồng... và chi 5,5 tỷ. Trong đó, chi thường xuyên 3 tỷ đồng.";
		assertThat(Prose.sentences(text)).hasSize(2);
	}

	private static List<Finding> ratio(String text) {
		List<Finding> findings = new ArrayList<>();
		RatioRule.check("1", text, findings);
		return findings;
	}

}
