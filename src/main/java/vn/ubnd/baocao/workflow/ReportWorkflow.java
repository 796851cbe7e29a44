package vn.ubnd.baocao.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.checking.Finding;
import vn.ubnd.baocao.checking.ReportChecks;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportTransitioned;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The transitions of a report, each checked for role and unit here and for state by the aggregate, recorded with
 * who, when and why, and published ({@link ReportTransitioned}, {@link AuditRecord}) inside the transaction.
 * <ul>
 * <li>a clerk of the report's unit submits a draft or returned report whose checker errors are all justified;</li>
 * <li>the unit's council reviewer returns a submitted report with at least one reason, or accepts it;</li>
 * <li>the unit's chair or a deputy (an account that signs as a leader of the unit) approves an accepted report,
 * which puts their name and title in the signature block, or returns it with reasons;</li>
 * <li>whoever approved it signs it: it takes the next number of the register and is issued.</li>
 * </ul>
 */
@Service
public class ReportWorkflow {

	/** Dates of documents are those of Việt Nam. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int MAX_REASONS = 20;

	static final int MAX_REASON_LENGTH = 2000;

	private final ReportService reports;

	private final UnitService units;

	private final ReportChecks checks;

	private final Register register;

	private final IssuedDocumentStore issued;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportWorkflow(ReportService reports, UnitService units, ReportChecks checks, Register register,
			IssuedDocumentStore issued, JdbcClient jdbc, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.reports = reports;
		this.units = units;
		this.checks = checks;
		this.register = register;
		this.issued = issued;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.getIfAvailable(() -> Clock.system(VIETNAM));
	}

	/** The checker's errors that stop the report from being submitted (not yet justified by the clerk). */
	@Transactional(readOnly = true)
	public List<Finding> blockingFindings(PortalUser user, long reportId) {
		return blockingFindings(this.reports.readable(user, reportId));
	}

	/**
	 * The same for a report the caller has already read ({@link ReportService#readable}): the workflow panel has it,
	 * and reading it again would cost the report, its sections and checklist once more.
	 */
	@Transactional(readOnly = true)
	public List<Finding> blockingFindings(Report report) {
		return this.checks.blocking(report);
	}

	@Transactional
	public Report submit(PortalUser user, long reportId) {
		Report report = this.reports.readable(user, reportId);
		requireMember(user, report, Role.CLERK);
		if (report.getStatus().isEditable()) {
			List<Finding> blocking = blockingFindings(report);
			if (!blocking.isEmpty()) {
				throw new SubmissionBlockedException(blocking);
			}
		}
		ReportStatus from = report.getStatus();
		report.submit(user.accountId());
		return recorded(user, report, from, null, "report.submit");
	}

	/** The reviewer returns a submitted report, or the chair an accepted or approved one, with reasons. */
	@Transactional
	public Report returnForRevision(PortalUser user, long reportId, String reasons) {
		Report report = this.reports.readable(user, reportId);
		if (user.hasRole(Role.CHAIR)) {
			requireSigner(user, report);
			if (report.getStatus() == ReportStatus.SUBMITTED) {
				throw new vn.ubnd.baocao.report.ReportStateException(report.getStatus(), ReportStatus.RETURNED);
			}
		}
		else {
			requireMember(user, report, Role.COUNCIL_REVIEWER);
			if (report.getStatus() != ReportStatus.SUBMITTED) {
				throw new vn.ubnd.baocao.report.ReportStateException(report.getStatus(), ReportStatus.RETURNED);
			}
		}
		String reasonText = reasons(reasons);
		ReportStatus from = report.getStatus();
		report.returnForRevision(user.accountId());
		return recorded(user, report, from, reasonText, "report.return");
	}

	@Transactional
	public Report accept(PortalUser user, long reportId) {
		Report report = this.reports.readable(user, reportId);
		requireMember(user, report, Role.COUNCIL_REVIEWER);
		ReportStatus from = report.getStatus();
		report.accept(user.accountId());
		return recorded(user, report, from, null, "report.accept");
	}

	/** The chair or a deputy approves: the signature block becomes theirs ({@code KT. CHỦ TỊCH} for a deputy). */
	@Transactional
	public Report approve(PortalUser user, long reportId) {
		Report report = this.reports.readable(user, reportId);
		Leader leader = requireSigner(user, report);
		ReportStatus from = report.getStatus();
		String title = leader.getPosition() == LeaderPosition.DEPUTY_CHAIR ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH";
		report.approve(new Report.Signature(report.getSignatureForm(), report.getSignatureAuthority(), title,
				leader.getId(), leader.getFullName()), user.accountId());
		return recorded(user, report, from, null, "report.approve");
	}

	/**
	 * The leader who approved the report signs it: it takes the next number of its unit's register for the year
	 * and type, today's date, and is rendered, signed and stored; all of it or nothing.
	 */
	@Transactional
	public Report issue(PortalUser user, long reportId) {
		Report report = this.reports.readable(user, reportId);
		Leader leader = requireSigner(user, report);
		if (report.getStatus() == ReportStatus.APPROVED && !leader.getId().equals(report.getSignerLeaderId())) {
			throw new AccessDeniedException("only the leader who approved the report signs it");
		}
		ReportStatus from = report.getStatus();
		if (from != ReportStatus.APPROVED) {
			throw new vn.ubnd.baocao.report.ReportStateException(from, ReportStatus.ISSUED);
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		String typeCode = Register.typeCode(report.getSymbol());
		int number = this.register.next(report.getUnitId(), today.getYear(), typeCode);
		report.issue(number, today, user.accountId());
		String signerTitle = String.join(" / ", vn.ubnd.baocao.report.SignatureLines.lines(report.getSignatureForm(),
				report.getSignatureAuthority(), report.getSignatureTitle()));
		this.register.enter(new Register.Entry(report.getUnitId(), today.getYear(), typeCode, number, report.getId(),
				today, report.getSignerName(), signerTitle), user.accountId());
		this.issued.issue(report, signerTitle, now);
		return recorded(user, report, from, report.getNumberAndSymbol(), "report.issue");
	}

	/** Approves and signs in one step, as the chair does from the report page. */
	@Transactional
	public Report approveAndIssue(PortalUser user, long reportId) {
		approve(user, reportId);
		return issue(user, reportId);
	}

	/** The transitions of a report, oldest first. */
	@Transactional(readOnly = true)
	public List<Step> history(PortalUser user, long reportId) {
		this.reports.readable(user, reportId);
		return history(reportId);
	}

	List<Step> history(long reportId) {
		return this.jdbc.sql("""
				select from_status, to_status, actor_name, reason, occurred_at
				from report_transition where report_id = :report order by id""")
			.param("report", reportId)
			.query((rs, n) -> new Step(ReportStatus.valueOf(rs.getString(1)), ReportStatus.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	private Report recorded(PortalUser user, Report report, ReportStatus from, String reason, String action) {
		Instant at = this.clock.instant();
		this.jdbc.sql("""
				insert into report_transition (report_id, from_status, to_status, actor_account_id, actor_name, reason,
				    occurred_at)
				values (:report, :from, :to, :actor, :name, :reason, :at)""")
			.param("report", report.getId())
			.param("from", from.name())
			.param("to", report.getStatus().name())
			.param("actor", user.accountId())
			.param("name", user.getUsername())
			.param("reason", reason)
			.param("at", java.sql.Timestamp.from(at))
			.update();
		this.events.publishEvent(new ReportTransitioned(report.getId(), report.getUnitId(), from, report.getStatus(),
				user.accountId(), user.getUsername(), reason, at));
		this.events.publishEvent(AuditRecord.of(user, action, report.getUnitId(), report.getId(), null,
				from.name() + " → " + report.getStatus().name() + ((reason != null) ? ": " + reason : "")));
		return report;
	}

	/** The user has the role and belongs to the report's unit (a reader from a unit above may not act on it). */
	private static void requireMember(PortalUser user, Report report, Role role) {
		user.require(role);
		if (report.getUnitId() != user.unitId()) {
			throw new AccessDeniedException("only the report's own unit acts on it");
		}
	}

	/** The user is a chair account signing as an active leader of the report's unit. */
	private Leader requireSigner(PortalUser user, Report report) {
		requireMember(user, report, Role.CHAIR);
		if (user.leaderId() == null) {
			throw new AccessDeniedException("the account does not sign as a leader");
		}
		Leader leader = this.units.leader(user.leaderId());
		if (!leader.getUnitId().equals(report.getUnitId()) || !leader.isActive()) {
			throw new AccessDeniedException("the leader does not belong to the report's unit");
		}
		return leader;
	}

	/** The reasons of a return, one a line: at least one, none too long. */
	static String reasons(String text) {
		List<String> lines = (text == null) ? List.of()
				: Texts.normalize(text).lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		if (lines.isEmpty()) {
			throw new InputRejectedException("reasons", "workflow.return.reasons-required");
		}
		if (lines.size() > MAX_REASONS || lines.stream().anyMatch((line) -> line.length() > MAX_REASON_LENGTH)) {
			throw new InputRejectedException("reasons", "workflow.return.reasons-too-long");
		}
		return String.join("\n", lines);
	}

	/**
	 * A transition in a report's history.
	 * @param from the state before
	 * @param to the state after
	 * @param actorName who
	 * @param reason the reasons of a return (one a line), the number of an issue, or {@code null}
	 * @param at when
	 */
	public record Step(ReportStatus from, ReportStatus to, String actorName, String reason, Instant at) {

		public List<String> reasonLines() {
			return (this.reason == null) ? List.of() : this.reason.lines().toList();
		}

	}

}
