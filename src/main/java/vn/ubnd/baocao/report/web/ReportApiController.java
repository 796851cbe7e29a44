package vn.ubnd.baocao.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The report as JSON, for other systems (a province's aggregation, an archive); same authorization as the page.
 */
@RestController
class ReportApiController {

	private final ReportService reports;

	ReportApiController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reports/{reportId}")
	ReportView report(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId) {
		return this.reports.view(this.reports.readable(user, reportId));
	}

}
