package vn.ubnd.baocao.proof;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.indicator.IndicatorService;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.SectionRole;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * Fresh things of a unit for a route to act on, made through the real services, named by the path variables the
 * routes use: a draft with sections, a checklist item and indicators; a submitted report with comment threads (open,
 * open, resolved); the unit, a leader and an account.
 */
@Component
class ProofFixtures {

	private static final AtomicInteger YEAR = new AtomicInteger(1995);

	private final AccountLookup accounts;

	private final ReportService reports;

	private final ReportKindService kinds;

	private final IndicatorService indicators;

	private final ReportWorkflow workflow;

	private final ReviewComments comments;

	private final JdbcClient jdbc;

	ProofFixtures(AccountLookup accounts, ReportService reports, ReportKindService kinds, IndicatorService indicators,
			ReportWorkflow workflow, ReviewComments comments, JdbcClient jdbc) {
		this.accounts = accounts;
		this.reports = reports;
		this.kinds = kinds;
		this.indicators = indicators;
		this.workflow = workflow;
		this.comments = comments;
		this.jdbc = jdbc;
	}

	PortalUser user(String username) {
		return this.accounts.findPortalUser(username, (id) -> true).orElseThrow();
	}

	/** Path variable values (by name) for things of the unit of {@code clerk}, made now. */
	Map<String, String> ids(String clerk, String unitName) {
		PortalUser user = user(clerk);
		ReportKind kind = this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR)
			.filter((k) -> k.getOutline().contains("NEXT_TASKS"))
			.findFirst()
			.orElseThrow();
		int year = YEAR.incrementAndGet();
		Report first = this.reports.create(user, new ReportService.NewReport(kind.getId(), year, 1, null, null, false));
		ReportSection tasks = first.numberedSections()
			.stream()
			.map((n) -> n.section())
			.filter((s) -> s.getRole() == SectionRole.NEXT_TASKS)
			.findFirst()
			.orElseThrow();
		this.reports.editSection(user, first.getId(), tasks.getId(), tasks.getVersion(), tasks.getTitle(),
				"- Một nhiệm vụ");
		Report draft = this.reports.create(user,
				new ReportService.NewReport(kind.getId(), year, 2, null, null, true));
		this.workflow.submit(user, first.getId());
		long section = first.childrenOf(null).get(0).getId();
		PortalUser reviewer = new PortalUser(user.accountId(), user.getUsername(), null, user.fullName(),
				user.unitId(), Role.COUNCIL_REVIEWER, null, true);
		long[] threads = new long[3];
		for (int i = 0; i < threads.length; i++) {
			threads[i] = this.comments.open(reviewer, first.getId(), section, null, "Ý kiến " + i).id();
		}
		this.comments.resolve(reviewer, first.getId(), threads[2]);
		long unit = this.jdbc.sql("select id from unit where name = ?").param(unitName).query(Long.class).single();
		Map<String, String> ids = new HashMap<>();
		ids.put("reportId", String.valueOf(draft.getId()));
		ids.put("submittedId", String.valueOf(first.getId()));
		ids.put("sectionId", String.valueOf(draft.childrenOf(null).get(0).getId()));
		ids.put("submittedSectionId", String.valueOf(section));
		ids.put("itemId", String.valueOf(draft.getChecklist().get(0).getId()));
		ids.put("indicatorId",
				String.valueOf(this.indicators.catalogue(user.unitId(), kind.getId()).get(0).getId()));
		ids.put("threadId", String.valueOf(threads[0]));
		ids.put("openThreadId", String.valueOf(threads[1]));
		ids.put("resolvedThreadId", String.valueOf(threads[2]));
		ids.put("kindId", String.valueOf(kind.getId()));
		ids.put("unitId", String.valueOf(unit));
		ids.put("leaderId", String.valueOf(this.jdbc.sql("select min(id) from leader where unit_id = ?")
			.param(unit)
			.query(Long.class)
			.single()));
		ids.put("accountId", String.valueOf(user.accountId()));
		ids.put("day", "2099-01-01");
		ids.put("move", "up");
		ids.put("year", String.valueOf(year + 1));
		return ids;
	}

	/** The values for one route: comment and review routes act on the submitted report and its threads. */
	static Map<String, String> forRoute(String pattern, Map<String, String> ids) {
		Map<String, String> values = new HashMap<>(ids);
		if (pattern.contains("/comments") || pattern.endsWith("/return") || pattern.endsWith("/accept")) {
			values.put("reportId", ids.get("submittedId"));
			values.put("sectionId", ids.get("submittedSectionId"));
			if (pattern.endsWith("/reopen")) {
				values.put("threadId", ids.get("resolvedThreadId"));
			}
			else if (pattern.endsWith("/resolve")) {
				values.put("threadId", ids.get("openThreadId"));
			}
		}
		return values;
	}

}
