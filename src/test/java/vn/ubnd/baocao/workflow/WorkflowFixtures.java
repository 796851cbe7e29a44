package vn.ubnd.baocao.workflow;

import org.springframework.stereotype.Component;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Reports of the demo unit Huyện Phú Sơn brought to a state through the real workflow, for tests.
 */
@Component
public class WorkflowFixtures {

	private final AccountLookup accounts;

	private final ReportService reports;

	private final ReportKindService kinds;

	private final ReportWorkflow workflow;

	private static int nextYear = 2030;

	WorkflowFixtures(AccountLookup accounts, ReportService reports, ReportKindService kinds,
			ReportWorkflow workflow) {
		this.accounts = accounts;
		this.reports = reports;
		this.kinds = kinds;
		this.workflow = workflow;
	}

	public PortalUser user(String username) {
		return this.accounts.findPortalUser(username, (id) -> true).orElseThrow();
	}

	/** A new half-year draft of the clerk's unit, for a year no other test uses. */
	public Report draft(String clerk) {
		ReportKind kind = this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR)
			.findFirst()
			.orElseThrow();
		return this.reports.create(user(clerk),
				new ReportService.NewReport(kind.getId(), year(), 1, null, null, false));
	}

	private static synchronized int year() {
		return nextYear++;
	}

	public long submitted() {
		long id = draft("vanthu").getId();
		this.workflow.submit(user("vanthu"), id);
		return id;
	}

	public long accepted() {
		long id = submitted();
		this.workflow.accept(user("hdnd"), id);
		return id;
	}

	public long approved(String chair) {
		long id = accepted();
		this.workflow.approve(user(chair), id);
		return id;
	}

}
