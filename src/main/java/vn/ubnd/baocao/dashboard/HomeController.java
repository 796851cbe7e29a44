package vn.ubnd.baocao.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.review.SectionThreads;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkQueue;

/**
 * The home page, per role.
 */
@Controller
class HomeController {

	private final UnitService units;

	private final AccountService accounts;

	private final ReportService reports;

	private final WorkQueue queue;

	private final ReviewComments comments;

	private final HomeDeadlines deadlines;

	HomeController(UnitService units, AccountService accounts, ReportService reports, WorkQueue queue,
			ReviewComments comments, HomeDeadlines deadlines) {
		this.units = units;
		this.accounts = accounts;
		this.reports = reports;
		this.queue = queue;
		this.comments = comments;
		this.deadlines = deadlines;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		Unit unit = this.units.get(user.unitId());
		model.addAttribute("unit", unit);
		model.addAttribute("role", user.role());
		model.addAttribute("leaders", this.units.activeLeaders(unit.getId()));
		if (user.leaderId() != null) {
			model.addAttribute("signingAs", this.units.leader(user.leaderId()));
		}
		LocalDate today = LocalDate.now(ReportWorkflow.VIETNAM);
		List<Report> own = this.reports.visibleReports(user)
			.stream()
			.filter((r) -> r.getUnitId() == user.unitId())
			.sorted(Comparator.comparing(Report::getUpdatedAt).reversed())
			.limit(10)
			.toList();
		model.addAttribute("reports", own);
		model.addAttribute("today", today);
		List<WorkQueue.Item> waiting = this.queue.waitingFor(user);
		model.addAttribute("waiting", waiting);
		model.addAttribute("openComments", openComments(user, waiting));
		if (user.hasRole(Role.CLERK)) {
			model.addAttribute("deadlines", this.deadlines.coming(user));
		}
		model.addAttribute("zone", ReportWorkflow.VIETNAM);
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("unitCount", this.units.visibleTree(user).size());
			model.addAttribute("accountCount", this.accounts.visibleTo(user).size());
		}
		return "dashboard/home";
	}

	/** The open comment threads of the returned reports waiting for the user, by report, grouped by section. */
	private Map<Long, List<SectionThreads>> openComments(PortalUser user, List<WorkQueue.Item> waiting) {
		Map<Long, List<SectionThreads>> open = new HashMap<>();
		for (WorkQueue.Item item : waiting) {
			Report report = item.report();
			if (report.getStatus() != ReportStatus.RETURNED || this.comments.openThreads(report.getId()) == 0) {
				continue;
			}
			List<SectionThreads> sections = this.comments
				.threadsBySection(this.reports.view(this.reports.readable(user, report.getId())))
				.stream()
				.filter((s) -> s.openCount() > 0)
				.map((s) -> new SectionThreads(s.sectionId(), s.number(), s.title(), s.removed(),
						s.threads().stream().filter((t) -> t.isOpen()).toList()))
				.toList();
			open.put(report.getId(), sections);
		}
		return open;
	}

}
