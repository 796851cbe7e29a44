package vn.ubnd.baocao.report;

/**
 * How often a kind of report is made; decides the period and its data window (Nghị định 09/2019/NĐ-CP, Điều 12).
 */
public enum PeriodType {

	MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR,
	/** A council term (nhiệm kỳ): start and end set by hand. */
	TERM,
	/** Thematic or ad hoc: start, end and deadline set by hand. */
	FREE;

	/** Whether the period is given by dates rather than computed from a year and a number. */
	public boolean isFreeRange() {
		return this == TERM || this == FREE;
	}

	/** The highest period number in a year (1 for a whole-year period). */
	public int maxNumber() {
		return switch (this) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case HALF_YEAR -> 2;
			default -> 1;
		};
	}

	public String messageKey() {
		return "report.period." + name();
	}

}
