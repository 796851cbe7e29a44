package vn.ubnd.baocao.checking.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ubnd.baocao.checking.ConsistencyChecks;
import vn.ubnd.baocao.checking.Finding;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The consistency checker's findings on a report: as JSON for other systems, and as the panel the editor shows.
 * Same authorization as the report.
 */
@Controller
class ChecksController {

	private final ReportService reports;

	private final UnitService units;

	private final ConsistencyChecks checks;

	ChecksController(ReportService reports, UnitService units, ConsistencyChecks checks) {
		this.reports = reports;
		this.units = units;
		this.checks = checks;
	}

	/** The findings: {@code severity}, {@code code}, {@code section}, {@code quote}, {@code message}, {@code expected}. */
	@GetMapping("/api/reports/{reportId}/checks")
	@ResponseBody
	List<Finding> api(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId) {
		return findings(user, reportId);
	}

	@GetMapping("/reports/{reportId}/checks")
	String panel(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		model.addAttribute("findings", findings(user, reportId));
		return "checking/_findings :: findings";
	}

	private List<Finding> findings(PortalUser user, long reportId) {
		var report = this.reports.readable(user, reportId);
		Unit unit = this.units.get(report.getUnitId());
		return this.checks.check(this.reports.view(report), unit.getName(), unit.getPlaceName());
	}

}
