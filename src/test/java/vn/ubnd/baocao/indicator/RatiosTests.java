package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RatiosTests {

	private final Ratios ratios = Ratios.standard();

	@Test
	void computesThePercentageOfTheTargetWithTwoDecimalsHalfUp() {
		assertThat(this.ratios.scale()).isEqualTo(2);
		assertThat(this.ratios.percentOfTarget(dec("270"), dec("335"))).contains(dec("80.60"));
		assertThat(this.ratios.percentOfLastYear(dec("270"), dec("269"))).contains(dec("100.37"));
		assertThat(VietnameseNumbers.formatPercent(this.ratios.percentOfTarget(dec("270"), dec("335")).orElseThrow(),
				2))
			.isEqualTo("80,60%");
	}

	@ParameterizedTest(name = "{0} of {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			270        | 335        | 80.60
			270        | 269        | 100.37
			335        | 335        | 100.00
			0          | 335        | 0.00
			1          | 3          | 33.33
			2          | 3          | 66.67
			1          | 8          | 12.50
			1          | 800        | 0.13
			1          | 1600       | 0.06
			-1         | 1600       | -0.06
			-1         | 800        | -0.13
			1796000000 | 1500000000 | 119.73
			12.5       | 0.5        | 2500.00
			1000000000000000000 | 3 | 33333333333333333333.33
			""")
	void roundsHalfUp(BigDecimal actual, BigDecimal base, BigDecimal percent) {
		assertThat(this.ratios.percentOfTarget(actual, base)).contains(percent);
		assertThat(this.ratios.percentOfLastYear(actual, base)).contains(percent);
	}

	@Test
	void usesTheChosenScale() {
		assertThat(Ratios.withScale(1).percentOfTarget(dec("270"), dec("269"))).contains(dec("100.4"));
		assertThat(Ratios.withScale(0).percentOfTarget(dec("270"), dec("335"))).contains(dec("81"));
		assertThat(Ratios.withScale(4).percentOfTarget(dec("270"), dec("335"))).contains(dec("80.5970"));
		assertThat(Ratios.withScale(2)).isSameAs(Ratios.standard());
		assertThatIllegalArgumentException().isThrownBy(() -> Ratios.withScale(-1));
	}

	@Test
	void givesNothingForAMissingValueOrAZeroBase() {
		assertThat(this.ratios.percentOfTarget(dec("270"), BigDecimal.ZERO)).isEmpty();
		assertThat(this.ratios.percentOfTarget(dec("270"), dec("0.00"))).isEmpty();
		assertThat(this.ratios.percentOfTarget(null, dec("335"))).isEmpty();
		assertThat(this.ratios.percentOfTarget(dec("270"), null)).isEmpty();
		assertThat(this.ratios.percentOfLastYear(dec("270"), BigDecimal.ZERO)).isEmpty();
		assertThat(this.ratios.percentOfLastYear(null, null)).isEmpty();
		assertThat(this.ratios.relativeChange(dec("270"), BigDecimal.ZERO)).isEmpty();
		assertThat(this.ratios.relativeChange(null, dec("1"))).isEmpty();
		assertThat(this.ratios.change(null, dec("1"))).isEmpty();
		assertThat(this.ratios.change(dec("1"), null)).isEmpty();
		assertThat(this.ratios.compare(dec("270"), BigDecimal.ZERO)).isEmpty();
		assertThat(this.ratios.compare(null, dec("335"))).isEmpty();
		assertThat(this.ratios.compare(dec("270"), null)).isEmpty();
	}

	@Test
	void computesTheAbsoluteChangeExactly() {
		assertThat(this.ratios.change(dec("270"), dec("269"))).contains(dec("1"));
		assertThat(this.ratios.change(dec("270"), dec("335"))).contains(dec("-65"));
		assertThat(this.ratios.change(dec("1.234"), dec("1.2"))).contains(dec("0.034"));
		assertThat(this.ratios.change(dec("5"), BigDecimal.ZERO)).contains(dec("5"));
	}

	@ParameterizedTest(name = "{0} against {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			270   | 269   | 0.37
			270   | 335   | -19.40
			335   | 335   | 0.00
			0     | 335   | -100.00
			670   | 335   | 100.00
			19999 | 20000 | 0.00
			20001 | 20000 | 0.01
			20025 | 20000 | 0.13
			19975 | 20000 | -0.12
			-50   | -100  | 50.00
			-150  | -100  | -50.00
			50    | -100  | 150.00
			""")
	void computesTheRelativeChange(BigDecimal actual, BigDecimal base, BigDecimal relativeChange) {
		assertThat(this.ratios.relativeChange(actual, base)).contains(relativeChange);
	}

	@Test
	void relativeChangeIsThePercentageMinusOneHundredForAPositiveBase() {
		// 19999 / 20000 is exactly 99.995 %: the report reads "đạt 100,00%" and must not read "giảm 0,01%".
		BigDecimal percent = this.ratios.percentOfLastYear(dec("19999"), dec("20000")).orElseThrow();
		BigDecimal change = this.ratios.relativeChange(dec("19999"), dec("20000")).orElseThrow();
		assertThat(percent).isEqualTo(dec("100.00"));
		assertThat(change).isEqualTo(dec("0.00"));
	}

	@Test
	void comparesAValueWithItsBase() {
		assertThat(this.ratios.compare(dec("270"), dec("269")))
			.contains(new Ratios.Comparison(dec("270"), dec("269"), dec("100.37"), dec("1"), dec("0.37")));
		assertThat(this.ratios.compare(dec("270"), dec("335")))
			.contains(new Ratios.Comparison(dec("270"), dec("335"), dec("80.60"), dec("-65"), dec("-19.40")));
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

}
