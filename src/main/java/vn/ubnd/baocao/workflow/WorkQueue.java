package vn.ubnd.baocao.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

/**
 * What waits for each actor, overdue first: the clerk's drafts and returned reports (with the reasons), the
 * reviewer's submissions (with how long they have waited), the chair's accepted reports to approve and approved
 * reports to sign.
 */
@Service
public class WorkQueue {

	private final ReportService reports;

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkQueue(ReportService reports, JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(() -> Clock.system(ReportWorkflow.VIETNAM));
	}

	@Transactional(readOnly = true)
	public List<Item> waitingFor(PortalUser user) {
		LocalDate today = LocalDate.now(this.clock);
		List<Report> mine = this.reports.visibleReports(user)
			.stream()
			.filter((report) -> report.getUnitId() == user.unitId())
			.filter((report) -> waitsFor(user, report))
			.toList();
		Map<Long, LastStep> last = lastSteps(mine.stream().map(Report::getId).toList());
		return mine.stream()
			.map((report) -> item(report, last.get(report.getId()), today))
			.sorted(Comparator.comparing((Item item) -> !item.overdue())
				.thenComparing((Item item) -> item.report().getDeadline())
				.thenComparing((Item item) -> item.since()))
			.toList();
	}

	private static boolean waitsFor(PortalUser user, Report report) {
		ReportStatus status = report.getStatus();
		return switch (user.role()) {
			case CLERK -> status.isEditable();
			case COUNCIL_REVIEWER -> status == ReportStatus.SUBMITTED;
			case CHAIR -> status == ReportStatus.ACCEPTED || (status == ReportStatus.APPROVED
					&& user.leaderId() != null && user.leaderId().equals(report.getSignerLeaderId()));
			case ADMIN -> false;
		};
	}

	private Item item(Report report, LastStep last, LocalDate today) {
		Instant since = (last != null) ? last.at() : report.getCreatedAt();
		boolean overdue = isOverdue(report, today);
		long daysLate = overdue ? ChronoUnit.DAYS.between(report.getDeadline(), today) : 0;
		List<String> reasons = (report.getStatus() == ReportStatus.RETURNED && last != null && last.reason() != null)
				? last.reason().lines().toList() : List.of();
		long waitingDays = ChronoUnit.DAYS.between(LocalDate.ofInstant(since, ReportWorkflow.VIETNAM), today);
		return new Item(report, since, waitingDays, overdue, daysLate, reasons);
	}

	/** A report is overdue while it has not been submitted and its deadline has passed. */
	public static boolean isOverdue(Report report, LocalDate today) {
		return report.getStatus().isEditable() && report.getDeadline().isBefore(today);
	}

	private Map<Long, LastStep> lastSteps(Collection<Long> reportIds) {
		Map<Long, LastStep> steps = new HashMap<>();
		if (reportIds.isEmpty()) {
			return steps;
		}
		this.jdbc.sql("""
				select distinct on (report_id) report_id, reason, occurred_at
				from report_transition where report_id in (:ids) order by report_id, id desc""")
			.param("ids", reportIds)
			.query((rs) -> {
				steps.put(rs.getLong(1), new LastStep(rs.getString(2), rs.getTimestamp(3).toInstant()));
			});
		return steps;
	}

	private record LastStep(String reason, Instant at) {
	}

	/**
	 * A report waiting for the user.
	 * @param report the report
	 * @param since since when it has waited (its last transition, or its creation)
	 * @param waitingDays for how many days
	 * @param overdue whether its deadline has passed without submission
	 * @param daysLate by how many days
	 * @param returnReasons the reasons it was returned with, when it was
	 */
	public record Item(Report report, Instant since, long waitingDays, boolean overdue, long daysLate,
			List<String> returnReasons) {
	}

}
