package vn.ubnd.baocao.checking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportDocuments;
import vn.ubnd.baocao.report.ReportFigures;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.system.Texts;

/**
 * The checker's findings on a report of the portal as the editor, the report page, the workflow and other systems
 * see them: each with the section it is in, its fingerprint and the clerk's justification, if one applies.
 * <p>
 * Errors block submission unless the clerk records why the figure is right: a clerk of the report's unit, while the
 * report is a draft or returned, justifies an error ({@link #justify}) and may withdraw the justification
 * ({@link #withdraw}). A justification is tied to the finding's fingerprint, so it stops applying as soon as the text
 * changes so that the finding changes (and applies again if the text comes back). Writing checks, in this order: the
 * report must be readable by the user (404), the user must be a clerk of its unit (403), the report must be
 * editable and the finding still there ({@link JustificationStateException}, 409), and the text acceptable
 * ({@link InputRejectedException}, 422). Every change is published as an {@link AuditRecord}
 * ({@code checker.justify}, {@code checker.unjustify}) in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportChecks {

	/** The longest justification, in characters. */
	public static final int MAX_TEXT = 2000;

	private static final int MAX_QUOTE = 300;

	private final ReportService reports;

	private final ConsistencyChecks checks;

	private final ReportDocuments documents;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportChecks(ReportService reports, ConsistencyChecks checks, ReportDocuments documents, JdbcClient jdbc,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.reports = reports;
		this.checks = checks;
		this.documents = documents;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The findings on a report the caller has read, in reading order, and the report's justifications that no longer
	 * apply to any finding. The text is checked as it prints: with the indicators' figures in place of
	 * {@code {{chỉ tiêu CODE}}} (the sentences of {@code {{câu chỉ tiêu CODE}}} are the portal's own and left out).
	 */
	public Checked check(Report report) {
		ReportView view = this.reports.view(report);
		ReportFigures figures = this.documents.figures(report);
		CheckedDocument document = CheckedDocument.of(view, view.unit().name(), view.unit().placeName(),
				(text) -> figures.expand(text, false));
		Map<String, Long> sectionIds = new HashMap<>();
		sectionIds(view.sections(), document.sections(), null, null, sectionIds);
		Map<String, Justification> justifications = justifications(view.id());
		List<CheckedFinding> findings = new ArrayList<>();
		for (Finding finding : this.checks.check(document)) {
			Long sectionId = (finding.section() != null) ? sectionIds.get(finding.section()) : null;
			String fingerprint = fingerprint(finding, sectionId);
			Justification justification = (finding.severity() == Finding.Severity.ERROR)
					? justifications.get(fingerprint) : null;
			findings.add(new CheckedFinding(finding, sectionId, fingerprint, justification));
		}
		Set<String> applied = findings.stream().map(CheckedFinding::fingerprint).collect(Collectors.toSet());
		List<Justification> stale = justifications.values()
			.stream()
			.filter((justification) -> !applied.contains(justification.fingerprint()))
			.toList();
		return new Checked(findings, stale);
	}

	/** The errors that stop a report the caller has read from being submitted: those not justified. */
	public List<Finding> blocking(Report report) {
		return check(report).findings().stream().filter(CheckedFinding::blocking).map(CheckedFinding::finding).toList();
	}

	/** Whether the user may justify the report's errors (which they have read): its unit's clerk, while editable. */
	public boolean mayJustify(PortalUser user, Report report) {
		return user.hasRole(Role.CLERK) && report.getUnitId() == user.unitId() && report.getStatus().isEditable();
	}

	/**
	 * Records (or rewrites) the clerk's justification of the error with this fingerprint among the report's current
	 * findings.
	 */
	@Transactional
	public CheckedFinding justify(PortalUser user, long reportId, String fingerprint, String text) {
		Report report = writable(user, reportId);
		String reason = Texts.clean(text);
		if (reason == null) {
			throw new InputRejectedException("text", "checking.justification.blank");
		}
		if (reason.length() > MAX_TEXT) {
			throw new InputRejectedException("text", "checking.justification.too-long");
		}
		CheckedFinding finding = check(report).findings()
			.stream()
			.filter((f) -> f.fingerprint().equals(fingerprint) && f.error())
			.findFirst()
			.orElseThrow(() -> new JustificationStateException("checking.justification.gone"));
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into check_justification (report_id, fingerprint, code, section_id, section_path, quote, text,
				    author_account_id, author_name, written_at)
				values (:report, :fingerprint, :code, :section, :path, :quote, :text, :author, :name, :at)
				on conflict (report_id, fingerprint) do update set text = excluded.text,
				    author_account_id = excluded.author_account_id, author_name = excluded.author_name,
				    written_at = excluded.written_at""")
			.param("report", reportId)
			.param("fingerprint", fingerprint)
			.param("code", finding.finding().code().name())
			.param("section", finding.sectionId())
			.param("path", abbreviate(finding.finding().section(), MAX_QUOTE))
			.param("quote", abbreviate(finding.finding().quote(), MAX_QUOTE))
			.param("text", reason)
			.param("author", user.accountId())
			.param("name", user.fullName())
			.param("at", now)
			.update();
		audit(user, "checker.justify", report, finding.sectionId(),
				finding.finding().code().name() + " " + describe(finding.finding().section(), finding.finding().quote())
						+ ": " + abbreviate(reason.replace('\n', ' '), 200));
		return new CheckedFinding(finding.finding(), finding.sectionId(), fingerprint,
				new Justification(fingerprint, finding.finding().code(), finding.finding().section(),
						finding.finding().quote(), reason, user.fullName(), now.toInstant()));
	}

	/**
	 * Withdraws the report's justification with this fingerprint, whether it still applies or not; nothing happens
	 * if there is none.
	 */
	@Transactional
	public void withdraw(PortalUser user, long reportId, String fingerprint) {
		Report report = writable(user, reportId);
		List<Map<String, Object>> removed = this.jdbc.sql("""
				delete from check_justification where report_id = :report and fingerprint = :fingerprint
				returning code, section_id, section_path, quote""")
			.param("report", reportId)
			.param("fingerprint", Objects.toString(fingerprint, ""))
			.query()
			.listOfRows();
		for (Map<String, Object> row : removed) {
			Long sectionId = (row.get("section_id") != null) ? ((Number) row.get("section_id")).longValue() : null;
			audit(user, "checker.unjustify", report, sectionId,
					row.get("code") + " " + describe((String) row.get("section_path"), (String) row.get("quote")));
		}
	}

	/** The report for a justification: readable (404), by its unit's clerk (403), still editable (409). */
	private Report writable(PortalUser user, long reportId) {
		Report report = this.reports.readable(user, reportId);
		if (!user.hasRole(Role.CLERK) || report.getUnitId() != user.unitId()) {
			throw new AccessDeniedException("only a clerk of the report's unit justifies its findings");
		}
		// the state as committed, held until the end of the transaction: a transition waits for the justification
		String status = this.jdbc.sql("select status from report where id = :id for share")
			.param("id", reportId)
			.query(String.class)
			.single();
		if (!ReportStatus.valueOf(status).isEditable()) {
			throw new JustificationStateException("checking.justification.not-editable");
		}
		return report;
	}

	private Map<String, Justification> justifications(long reportId) {
		return this.jdbc.sql("""
				select fingerprint, code, section_path, quote, text, author_name, written_at
				from check_justification where report_id = :report order by id""")
			.param("report", reportId)
			.query((rs, n) -> new Justification(rs.getString(1), code(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list()
			.stream()
			.filter((justification) -> justification.code() != null)
			.collect(Collectors.toMap(Justification::fingerprint, (j) -> j, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static Finding.Code code(String name) {
		return Optional.ofNullable(name)
			.flatMap((n) -> java.util.Arrays.stream(Finding.Code.values()).filter((c) -> c.name().equals(n)).findFirst())
			.orElse(null);
	}

	/** Maps each section's path to its id, walking the report's sections and the checked ones side by side. */
	private static void sectionIds(List<ReportView.Section> views, List<CheckedDocument.Section> sections,
			CheckedDocument.Section parent, String parentPath, Map<String, Long> ids) {
		for (int i = 0; i < views.size() && i < sections.size(); i++) {
			CheckedDocument.Section section = sections.get(i);
			String path = CheckedDocument.path(parentPath, parent, section);
			ids.putIfAbsent(path, views.get(i).id());
			sectionIds(views.get(i).children(), section.children(), section, path, ids);
		}
	}

	/** The fingerprint of a finding: SHA-256 of its code, section id, quote, correct value and message figures. */
	static String fingerprint(Finding finding, Long sectionId) {
		StringBuilder key = new StringBuilder()
			.append(finding.code().name())
			.append('\u0000')
			.append((sectionId != null) ? sectionId.toString() : Objects.toString(finding.section(), "-"))
			.append('\u0000')
			.append(Objects.toString(finding.quote(), ""))
			.append('\u0000')
			.append(Objects.toString(finding.expected(), ""));
		finding.arguments().forEach((argument) -> key.append('\u0000').append(argument));
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(key.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private void audit(PortalUser user, String action, Report report, Long sectionId, String detail) {
		this.events.publishEvent(AuditRecord.of(user, action, report.getUnitId(), report.getId(), sectionId, detail));
	}

	private static String describe(String section, String quote) {
		return ((section != null) ? "[" + section + "] " : "") + "«" + abbreviate(Objects.toString(quote, ""), 120)
				+ "»";
	}

	private static String abbreviate(String text, int max) {
		if (text == null) {
			return null;
		}
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * The checker's findings on a report.
	 * @param findings the findings in reading order
	 * @param stale the report's justifications that no longer apply to any finding (the text has changed since)
	 */
	public record Checked(List<CheckedFinding> findings, List<Justification> stale) {

		public Checked {
			findings = List.copyOf(findings);
			stale = List.copyOf(stale);
		}

		/** How many findings are errors not justified. */
		public long blocking() {
			return this.findings.stream().filter(CheckedFinding::blocking).count();
		}

		/** How many errors are justified. */
		public long justified() {
			return this.findings.stream().filter((f) -> f.justification() != null).count();
		}

		/** How many findings are warnings. */
		public long warnings() {
			return this.findings.stream().filter((f) -> !f.error()).count();
		}

	}

}
