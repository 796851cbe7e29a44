package vn.ubnd.baocao.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periods, data windows and deadlines by the rules of Nghị định 09/2019/NĐ-CP: the data window of a periodic
 * report runs from the 15th of the month before the period to the 14th of its last month, and the deadline is a
 * number of working days later (weekends and the configured public holidays off).
 */
@Component
public class ReportingCalendar {

	private final HolidayRepository holidays;

	ReportingCalendar(HolidayRepository holidays) {
		this.holidays = holidays;
	}

	/**
	 * The period of a report made every month, quarter, half year, nine months or year.
	 * @throws IllegalArgumentException for a term or free period (those are given by dates) or a number out of range
	 */
	@Transactional(readOnly = true)
	public ReportingPeriod periodic(PeriodType type, int year, Integer number, int deadlineWorkingDays) {
		if (type.isFreeRange()) {
			throw new IllegalArgumentException(type + " is given by dates");
		}
		int n = number == null ? 1 : number;
		if (n < 1 || n > type.maxNumber()) {
			throw new IllegalArgumentException("period number " + n + " out of range for " + type);
		}
		int lastMonth = switch (type) {
			case MONTH -> n;
			case QUARTER -> n * 3;
			case HALF_YEAR -> n * 6;
			case NINE_MONTHS -> 9;
			default -> 12;
		};
		int firstMonth = switch (type) {
			case MONTH -> n;
			case QUARTER -> n * 3 - 2;
			case HALF_YEAR -> n * 6 - 5;
			default -> 1;
		};
		LocalDate start = LocalDate.of(year, firstMonth, 1);
		LocalDate end = YearMonth.of(year, lastMonth).atEndOfMonth();
		LocalDate dataFrom = LocalDate.of(year, firstMonth, 15).minusMonths(1);
		if (type == PeriodType.HALF_YEAR && n == 2) {
			dataFrom = LocalDate.of(year, 6, 15);
		}
		LocalDate dataTo = LocalDate.of(year, lastMonth, 14);
		return new ReportingPeriod(type, year, type.maxNumber() == 1 ? null : n, start, end, dataFrom, dataTo,
				deadline(dataTo, deadlineWorkingDays));
	}

	/** A term or free period: start and end given; data window = the period unless given. */
	@Transactional(readOnly = true)
	public ReportingPeriod byDates(PeriodType type, LocalDate start, LocalDate end, int deadlineWorkingDays) {
		if (start.isAfter(end)) {
			throw new IllegalArgumentException("start after end");
		}
		return new ReportingPeriod(type, end.getYear(), null, start, end, start, end,
				deadline(end, deadlineWorkingDays));
	}

	/** The day that is {@code workingDays} working days after {@code from}. */
	@Transactional(readOnly = true)
	public LocalDate deadline(LocalDate from, int workingDays) {
		Set<LocalDate> off = this.holidays.findByDayBetweenOrderByDay(from, from.plusDays(workingDays * 3L + 30))
			.stream()
			.map(Holiday::getDay)
			.collect(Collectors.toSet());
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !off.contains(day)) {
				counted++;
			}
		}
		return day;
	}

}
