package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class VietnameseNumbersTests {

	/** Official format §9: "." groups thousands, "," marks decimals; JDK and ICU vi-VN agree. */
	@Test
	void writesTheExamplesOfTheOfficialFormat() {
		assertThat(VietnameseNumbers.format(new BigDecimal("1234567.89"), 2)).isEqualTo("1.234.567,89");
		assertThat(VietnameseNumbers.format(new BigDecimal("1234567.891"), 3)).isEqualTo("1.234.567,891");
		assertThat(VietnameseNumbers.formatPercent(new BigDecimal("100.3"), 1)).isEqualTo("100,3%");
		assertThat(VietnameseNumbers.formatUngrouped(2024)).isEqualTo("2024");
		assertThat(VietnameseNumbers.formatUngrouped(1263)).isEqualTo("1263");
	}

	@ParameterizedTest(name = "{0} with {1} decimals → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			0                   | 0 | 0
			0                   | 2 | 0,00
			7                   | 0 | 7
			999                 | 0 | 999
			1000                | 0 | 1.000
			12345               | 0 | 12.345
			123456              | 0 | 123.456
			1234567             | 0 | 1.234.567
			1234567.891         | 2 | 1.234.567,89
			1234567.895         | 2 | 1.234.567,90
			0.5                 | 0 | 1
			1.5                 | 0 | 2
			2.5                 | 0 | 3
			2.45                | 1 | 2,5
			2.449               | 1 | 2,4
			999.995             | 2 | 1.000,00
			100.3               | 3 | 100,300
			0.05                | 2 | 0,05
			0.004               | 2 | 0,00
			-1234.5             | 1 | -1.234,5
			-1234.45            | 1 | -1.234,5
			-2.5                | 0 | -3
			-0.004              | 2 | 0,00
			-0.005              | 2 | -0,01
			-999999.9           | 0 | -1.000.000
			1E+3                | 0 | 1.000
			1000000000000000000 | 0 | 1.000.000.000.000.000.000
			-9223372036854775808.5 | 1 | -9.223.372.036.854.775.808,5
			""")
	void writesGroupedAndRoundedHalfUp(BigDecimal value, int decimals, String written) {
		assertThat(VietnameseNumbers.format(value, decimals)).isEqualTo(written);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1234.50  | 1.234,50
			1234     | 1.234
			0.001    | 0,001
			-0.10    | -0,10
			1E+6     | 1.000.000
			""")
	void writesWithTheScaleOfTheValue(BigDecimal value, String written) {
		assertThat(VietnameseNumbers.format(value)).isEqualTo(written);
	}

	@Test
	void writesLongs() {
		assertThat(VietnameseNumbers.format(0L)).isEqualTo("0");
		assertThat(VietnameseNumbers.format(1796000000L)).isEqualTo("1.796.000.000");
		assertThat(VietnameseNumbers.format(-1000L)).isEqualTo("-1.000");
		assertThat(VietnameseNumbers.format(Long.MIN_VALUE)).isEqualTo("-9.223.372.036.854.775.808");
		assertThat(VietnameseNumbers.formatUngrouped(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
	}

	@ParameterizedTest(name = "{0} with {1} decimals → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			100.3717 | 2 | 100,37%
			80.597   | 2 | 80,60%
			80.6     | 2 | 80,60%
			100.3    | 1 | 100,3%
			100.35   | 1 | 100,4%
			99.95    | 1 | 100,0%
			1234.5   | 0 | 1.235%
			-5.25    | 1 | -5,3%
			0        | 2 | 0,00%
			""")
	void writesPercentagesWithoutASpace(BigDecimal percent, int decimals, String written) {
		assertThat(VietnameseNumbers.formatPercent(percent, decimals)).isEqualTo(written);
	}

	@Test
	void refusesNegativeDecimalsAndNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseNumbers.format(BigDecimal.ONE, -1));
		assertThatNullPointerException().isThrownBy(() -> VietnameseNumbers.format(null, 2));
		assertThatNullPointerException().isThrownBy(() -> VietnameseNumbers.format((BigDecimal) null));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1.234,56          | 1234.56
			270               | 270
			1.234             | 1234
			1234              | 1234
			100,3             | 100.3
			100,30            | 100.30
			-5,2              | -5.2
			+5,2              | 5.2
			−5,2              | -5.2
			100,3%            | 100.3
			-0,5%             | -0.5
			0                 | 0
			0,5               | 0.5
			-0                | 0
			05                | 5
			2024              | 2024
			999.999           | 999999
			12.345.678        | 12345678
			1.000.000.000.000.000.000 | 1000000000000000000
			9.999.999.999.999.999.999.999,999 | 9999999999999999999999.999
			""")
	void readsNumbersWrittenTheVietnameseWay(String text, BigDecimal value) {
		assertThat(VietnameseNumbers.parse(text)).isEqualTo(value);
	}

	@Test
	void readsAroundSpacesIncludingNoBreakSpaces() {
		assertThat(VietnameseNumbers.parse("  1.234,5 ")).isEqualTo(new BigDecimal("1234.5"));
		assertThat(VietnameseNumbers.parse("\u00A01.234,5\u00A0")).isEqualTo(new BigDecimal("1234.5"));
		assertThat(VietnameseNumbers.parse("\u202F\t270\n")).isEqualTo(new BigDecimal("270"));
		assertThat(VietnameseNumbers.parse("100,3 %")).isEqualTo(new BigDecimal("100.3"));
		assertThat(VietnameseNumbers.parse("100,3\u00A0%")).isEqualTo(new BigDecimal("100.3"));
	}

	@ParameterizedTest(name = "\"{0}\" is refused")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\u00A0", "1,2,3", "1.23.4", "12.34", "1.2345", "1.234.5", "1..2", "1.", ".5",
			"1,", ",5", "1.234,", "abc", "12a", "1e3", "1E3", "--1", "-+1", "+-1", "- 1", "1-", "1 234", "1 234,5",
			"0.123", "01.234", "1.234.56,7", "1,234.56", "1,2.3", "%", "5%%", "%5", "1,5,", "١٢٣", "１２３", "NaN",
			"Infinity", "0x10", "1_000", "1'000" })
	void refusesMalformedNumbers(String text) {
		assertThatExceptionOfType(VietnameseNumberFormatException.class)
			.isThrownBy(() -> VietnameseNumbers.parse(text))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("number.malformed");
				assertThat(ex.input()).isEqualTo(text);
			})
			.isInstanceOf(NumberFormatException.class);
	}

	static Stream<Arguments> roundTrips() {
		return Stream.of(Arguments.of("0", 0), Arguments.of("0", 2), Arguments.of("1234567.89", 2),
				Arguments.of("-1234.5", 1), Arguments.of("80.597", 2), Arguments.of("100.3717", 2),
				Arguments.of("999.5", 0), Arguments.of("-0.005", 2), Arguments.of("1000000000000000000", 0),
				Arguments.of("123456789012345678901234.56789", 3), Arguments.of("0.000001", 6),
				Arguments.of("-9876543.21", 4));
	}

	@ParameterizedTest(name = "{0} with {1} decimals")
	@MethodSource("roundTrips")
	void readsBackWhatItWrites(String value, int decimals) {
		BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
		String written = VietnameseNumbers.format(new BigDecimal(value), decimals);
		assertThat(VietnameseNumbers.parse(written)).isEqualTo(rounded);
		assertThat(VietnameseNumbers.parse(VietnameseNumbers.formatPercent(new BigDecimal(value), decimals)))
			.isEqualTo(rounded);
		assertThat(VietnameseNumbers.format(VietnameseNumbers.parse(written))).isEqualTo(written);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "0", "7", "270", "1.234", "1.234,56", "-5,2", "100,30", "0,05", "-1.000.000,001",
			"1.000.000.000.000.000.000" })
	void writesBackWhatItReads(String text) {
		assertThat(VietnameseNumbers.format(VietnameseNumbers.parse(text))).isEqualTo(text);
	}

}
