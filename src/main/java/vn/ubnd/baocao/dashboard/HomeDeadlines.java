package vn.ubnd.baocao.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportingCalendar;
import vn.ubnd.baocao.report.ReportingPeriod;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * The deadlines coming for a unit's clerk: for every active periodic kind, the current period and the one before,
 * when the unit has not submitted its report yet (not started, a draft, or returned) and the deadline is at most
 * {@value #HORIZON_DAYS} days away or has passed; overdue first, then by deadline.
 */
@Component
class HomeDeadlines {

	/** How far ahead a deadline is shown, in days. */
	static final int HORIZON_DAYS = 30;

	private final ReportKindService kinds;

	private final ReportService reports;

	private final ReportingCalendar calendar;

	private final Clock clock;

	HomeDeadlines(ReportKindService kinds, ReportService reports, ReportingCalendar calendar,
			ObjectProvider<Clock> clock) {
		this.kinds = kinds;
		this.reports = reports;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(() -> Clock.system(ReportWorkflow.VIETNAM));
	}

	/**
	 * A deadline coming.
	 * @param report the unit's report for the period, {@code null} if not started
	 * @param daysLeft days to the deadline, negative once passed
	 */
	record Deadline(ReportKind kind, ReportingPeriod period, Report report, long daysLeft) {

		public boolean overdue() {
			return this.daysLeft < 0;
		}

	}

	@Transactional(readOnly = true)
	List<Deadline> coming(PortalUser user) {
		LocalDate today = LocalDate.now(this.clock);
		List<Report> own = this.reports.visibleReports(user)
			.stream()
			.filter((r) -> r.getUnitId() == user.unitId())
			.toList();
		List<Deadline> deadlines = new ArrayList<>();
		for (ReportKind kind : this.kinds.active()) {
			PeriodType type = kind.getPeriodType();
			if (type.isFreeRange()) {
				continue;
			}
			for (ReportingPeriod period : periods(kind, today)) {
				long daysLeft = ChronoUnit.DAYS.between(today, period.deadline());
				if (daysLeft > HORIZON_DAYS) {
					continue;
				}
				List<Report> made = own.stream()
					.filter((r) -> r.getKindId().equals(kind.getId()) && r.getPeriodStart().equals(period.start()))
					.toList();
				if (made.isEmpty()) {
					if (daysLeft >= -HORIZON_DAYS) {
						deadlines.add(new Deadline(kind, period, null, daysLeft));
					}
				}
				else if (made.stream().allMatch((r) -> r.getStatus().isEditable())) {
					Report report = made.stream()
						.filter((r) -> r.getStatus() == ReportStatus.RETURNED)
						.findFirst()
						.orElse(made.get(0));
					deadlines.add(new Deadline(kind, period, report,
							ChronoUnit.DAYS.between(today, report.getDeadline())));
				}
			}
		}
		deadlines.sort(Comparator.comparing(Deadline::daysLeft));
		return deadlines;
	}

	/** The period that today falls in, and the one before it. */
	private List<ReportingPeriod> periods(ReportKind kind, LocalDate today) {
		PeriodType type = kind.getPeriodType();
		int max = type.maxNumber();
		int number = PeriodOverview.periodNumber(type, today);
		int year = today.getYear();
		int previousNumber = (number > 1) ? number - 1 : max;
		int previousYear = (number > 1) ? year : year - 1;
		int days = kind.getDeadlineWorkingDays();
		return List.of(this.calendar.periodic(type, previousYear, previousNumber, days),
				this.calendar.periodic(type, year, number, days));
	}

}
