package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class VietnameseNumberWordsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0    | không
			1    | một
			4    | bốn
			5    | năm
			7    | bảy
			10   | mười
			11   | mười một
			14   | mười bốn
			15   | mười lăm
			19   | mười chín
			20   | hai mươi
			21   | hai mươi mốt
			24   | hai mươi tư
			25   | hai mươi lăm
			44   | bốn mươi tư
			51   | năm mươi mốt
			55   | năm mươi lăm
			99   | chín mươi chín
			100  | một trăm
			101  | một trăm linh một
			104  | một trăm linh bốn
			105  | một trăm linh năm
			110  | một trăm mười
			115  | một trăm mười lăm
			121  | một trăm hai mươi mốt
			321  | ba trăm hai mươi mốt
			999  | chín trăm chín mươi chín
			""")
	void readsNumbersBelowOneThousand(long value, String words) {
		assertThat(VietnameseNumberWords.toWords(value)).isEqualTo(words);
	}

	/** Rows of official format §10: the rules table and the comparison table (read-vietnamese-number column). */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			11            | mười một
			14            | mười bốn
			15            | mười lăm
			21            | hai mươi mốt
			24            | hai mươi tư
			105           | một trăm linh năm
			1005          | một nghìn không trăm linh năm
			2001000000000 | hai nghìn không trăm linh một tỷ
			1.05          | một phẩy không năm
			1000500       | một triệu năm trăm
			1000005       | một triệu không trăm linh năm
			1005000       | một triệu không trăm linh năm nghìn
			1796000000    | một tỷ bảy trăm chín mươi sáu triệu
			""")
	void readsEveryExampleOfTheOfficialFormat(BigDecimal value, String words) {
		assertThat(VietnameseNumberWords.toWords(value)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1000                | một nghìn
			1001                | một nghìn không trăm linh một
			1010                | một nghìn không trăm mười
			1050                | một nghìn không trăm năm mươi
			1100                | một nghìn một trăm
			4065                | bốn nghìn không trăm sáu mươi lăm
			6000                | sáu nghìn
			10000               | mười nghìn
			15725               | mười lăm nghìn bảy trăm hai mươi lăm
			21000               | hai mươi mốt nghìn
			100000              | một trăm nghìn
			105000              | một trăm linh năm nghìn
			123456              | một trăm hai mươi ba nghìn bốn trăm năm mươi sáu
			623000              | sáu trăm hai mươi ba nghìn
			1000000             | một triệu
			1000024             | một triệu không trăm hai mươi tư
			23010000            | hai mươi ba triệu không trăm mười nghìn
			1000000000          | một tỷ
			2030000305          | hai tỷ không trăm ba mươi triệu ba trăm linh năm
			1000000000000       | một nghìn tỷ
			1200000000000       | một nghìn hai trăm tỷ
			1000000000000000    | một triệu tỷ
			1200300000000000    | một triệu hai trăm nghìn ba trăm tỷ
			""")
	void skipsAllZeroGroupsAndReadsZeroHundredsInsideOthers(long value, String words) {
		assertThat(VietnameseNumberWords.toWords(value)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1000000000000000000       | một tỷ tỷ
			1000000000000000005       | một tỷ tỷ không trăm linh năm
			1000000001000000000       | một tỷ không trăm linh một tỷ
			9223372036854775807       | chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy
			1200300400000000000       | một tỷ hai trăm triệu ba trăm nghìn bốn trăm tỷ
			12345678900000000000      | mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm tỷ
			1000000000000000000000000000 | một tỷ tỷ tỷ
			""")
	void readsHugeNumbersWithRepeatedTy(BigDecimal value, String words) {
		assertThat(VietnameseNumberWords.toWords(value)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0.5       | không phẩy năm
			1.5       | một phẩy năm
			1.50      | một phẩy năm
			1.01      | một phẩy không một
			1.05      | một phẩy không năm
			1.1       | một phẩy một
			1.10      | một phẩy một
			1.11      | một phẩy mười một
			1.15      | một phẩy mười lăm
			1.21      | một phẩy hai mươi mốt
			1.24      | một phẩy hai mươi tư
			1.25      | một phẩy hai mươi lăm
			100.01    | một trăm phẩy không một
			304.23    | ba trăm linh bốn phẩy hai mươi ba
			1.005     | một phẩy không trăm linh năm
			1.015     | một phẩy không trăm mười lăm
			1.050     | một phẩy không năm
			1.125     | một phẩy một trăm hai mươi lăm
			3.804     | ba phẩy tám trăm linh bốn
			3.14159   | ba phẩy một bốn một năm chín
			0.0001    | không phẩy không không không một
			0.00001   | không phẩy không không không không một
			1234.5678 | một nghìn hai trăm ba mươi tư phẩy năm sáu bảy tám
			""")
	void readsTheFractionAsAPairATripleOrDigitByDigit(BigDecimal value, String words) {
		assertThat(VietnameseNumberWords.toWords(value)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			-1          | âm một
			-15         | âm mười lăm
			-3.804      | âm ba phẩy tám trăm linh bốn
			-0.00001    | âm không phẩy không không không không một
			-123456.789 | âm một trăm hai mươi ba nghìn bốn trăm năm mươi sáu phẩy bảy trăm tám mươi chín
			0.00        | không
			-0.00       | không
			1E+3        | một nghìn
			100.000     | một trăm
			""")
	void readsNegativesAndZerosAndScales(BigDecimal value, String words) {
		assertThat(VietnameseNumberWords.toWords(value)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1796000000 | Một tỷ bảy trăm chín mươi sáu triệu đồng
			0          | Không đồng
			1005       | Một nghìn không trăm linh năm đồng
			15000      | Mười lăm nghìn đồng
			-250000    | Âm hai trăm năm mươi nghìn đồng
			2001000000000 | Hai nghìn không trăm linh một tỷ đồng
			""")
	void writesAmountsOfMoney(BigDecimal dong, String words) {
		assertThat(VietnameseNumberWords.amountInWords(dong)).isEqualTo(words);
	}

	@Test
	void writesWordsInNfcWithSingleSpaces() {
		String words = VietnameseNumberWords.amountInWords(new BigDecimal("-21456789124.25"));
		assertThat(words).isEqualTo("Âm hai mươi mốt tỷ bốn trăm năm mươi sáu triệu bảy trăm tám mươi chín nghìn"
				+ " một trăm hai mươi tư phẩy hai mươi lăm đồng");
		assertThat(Normalizer.isNormalized(words, Normalizer.Form.NFC)).isTrue();
		assertThat(words).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
	}

	@Test
	void refusesNull() {
		assertThatNullPointerException().isThrownBy(() -> VietnameseNumberWords.toWords(null));
		assertThatNullPointerException().isThrownBy(() -> VietnameseNumberWords.amountInWords(null));
	}

}
