package vn.ubnd.baocao.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.indicator.IndicatorService.Figures;

import static org.assertj.core.api.Assertions.assertThat;

class RollUpTests {

	private static RollUp.Part part(String unit, String actual, String council) {
		return new RollUp.Part(unit, new Figures(number(actual), false, number(council), null, null, null));
	}

	private static BigDecimal number(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	@Test
	void amountsAreAddedAndTheRatioIsComputedFromTheSums() {
		// 90 of 100 (90%) and 10 of 100 (10%): the average of percentages would be 50%, the truth is 100 of 200
		RollUp.Result result = RollUp.of(List.of(part("triệu đồng", "90", "100"), part("triệu đồng", "10", "100")));
		assertThat(result.summable()).isTrue();
		assertThat(result.actual()).isEqualByComparingTo("100");
		assertThat(result.targetCouncil()).isEqualByComparingTo("200");
		assertThat(result.percentOfCouncil()).isEqualByComparingTo("50.00");
		// unequal targets: 270 of 335 and 30 of 65 → 300 of 400 = 75%, not (80.60 + 46.15) / 2 = 63.38%
		RollUp.Result unequal = RollUp
			.of(List.of(part("triệu đồng", "270", "335"), part("triệu đồng", "30", "65")));
		assertThat(unequal.percentOfCouncil()).isEqualByComparingTo("75.00");
	}

	@Test
	void percentagesAndRatesAreNotAddedUp() {
		for (String unit : List.of("%", "‰", "lần", "tạ/ha", "triệu đồng/người", " % ")) {
			RollUp.Result result = RollUp.of(List.of(part(unit, "2.15", "2"), part(unit, "3.4", "3")));
			assertThat(result.summable()).as(unit).isFalse();
			assertThat(result.notSummable()).isEqualTo(RollUp.NotSummable.RATIO);
			assertThat(result.actual()).isNull();
			assertThat(result.percentOfCouncil()).isNull();
			assertThat(result.reporting()).isEqualTo(2);
		}
		assertThat(RollUp.summable("người")).isTrue();
		assertThat(RollUp.summable("tỷ đồng")).isTrue();
		assertThat(RollUp.summable("ha")).isTrue();
	}

	@Test
	void aRatioIndicatorIsNotAddedUpEvenBeforeAnyFigure() {
		RollUp.Result result = RollUp.of("%", List.of(new RollUp.Part(null, null)));
		assertThat(result.notSummable()).isEqualTo(RollUp.NotSummable.RATIO);
		assertThat(RollUp.of("triệu đồng", List.of(part("triệu đồng", "5", null))).actual()).isEqualByComparingTo("5");
	}

	@Test
	void differentUnitsOfMeasureAreNotAddedUp() {
		RollUp.Result result = RollUp.of(List.of(part("triệu đồng", "270", null), part("tỷ đồng", "1", null)));
		assertThat(result.notSummable()).isEqualTo(RollUp.NotSummable.MIXED_UNITS);
		assertThat(result.actual()).isNull();
	}

	@Test
	void aRatioNeedsEveryUnitsBase() {
		RollUp.Result result = RollUp.of(List.of(part("ha", "10", "20"), part("ha", "5", null)));
		assertThat(result.actual()).isEqualByComparingTo("15");
		assertThat(result.targetCouncil()).isEqualByComparingTo("20");
		assertThat(result.percentOfCouncil()).isNull();
	}

	@Test
	void unitsWithoutFiguresAreCountedButNotAdded() {
		RollUp.Result result = RollUp.of(List.of(part("xã", "3", "4"), new RollUp.Part(null, null),
				new RollUp.Part("xã", new Figures(null, false, null, null, null, null))));
		assertThat(result.parts()).isEqualTo(3);
		assertThat(result.reporting()).isEqualTo(1);
		assertThat(result.actual()).isEqualByComparingTo("3");
		assertThat(result.percentOfCouncil()).isEqualByComparingTo("75.00");
	}

	@Test
	void aZeroBaseGivesNoRatioAndAnEstimateMarksTheSum() {
		RollUp.Result result = RollUp.of(List.of(
				new RollUp.Part("tấn", new Figures(new BigDecimal("7"), true, BigDecimal.ZERO, null, null, null)),
				new RollUp.Part("tấn", new Figures(new BigDecimal("3"), false, BigDecimal.ZERO, null, null, null))));
		assertThat(result.actual()).isEqualByComparingTo("10");
		assertThat(result.estimated()).isTrue();
		assertThat(result.percentOfCouncil()).isNull();
	}

	@Test
	void nothingToRollUp() {
		RollUp.Result result = RollUp.of(List.of());
		assertThat(result.summable()).isTrue();
		assertThat(result.actual()).isNull();
		assertThat(result.percentOfCouncil()).isNull();
		assertThat(result.reporting()).isZero();
	}

}
