package vn.ubnd.baocao.report;

import java.time.LocalDate;

/**
 * A report's period: its type, year and number (half 1–2, quarter 1–4, month 1–12), the calendar dates it covers,
 * its data window (thời gian chốt số liệu) and its deadline.
 */
public record ReportingPeriod(PeriodType type, int year, Integer number, LocalDate start, LocalDate end,
		LocalDate dataFrom, LocalDate dataTo, LocalDate deadline) {

}
