package vn.ubnd.baocao.versions.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.versions.ReportVersions;
import vn.ubnd.baocao.versions.VersionComparison;

/**
 * A report's submitted versions, and two of them (or the last one and the report as it stands) side by side. Whoever
 * may read the report may see them; anyone else gets 404. Versions that cannot be compared (missing, not numbers,
 * the same twice) give the list again with a Vietnamese message: 400, or 404 for a version that does not exist.
 */
@Controller
@RequestMapping("/reports/{reportId}/versions")
class VersionsController {

	/** The value of {@code to} that stands for the report as it is now. */
	static final String CURRENT = "current";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReportService reports;

	private final ReportVersions versions;

	VersionsController(ReportService reports, ReportVersions versions) {
		this.reports = reports;
		this.versions = versions;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		return list(user, this.reports.readable(user, reportId), model);
	}

	/** {@code from} and {@code to}: version numbers; {@code to} may be {@value #CURRENT}. */
	@GetMapping("/compare")
	String compare(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			HttpServletResponse response) {
		Report report = this.reports.readable(user, reportId);
		if (from == null || to == null) {
			return refused(user, report, model, response, HttpServletResponse.SC_BAD_REQUEST, "versions.compare.choose");
		}
		Integer fromNumber = number(from);
		Integer toNumber = CURRENT.equals(to) ? null : number(to);
		if (fromNumber == null || (toNumber == null && !CURRENT.equals(to))) {
			return refused(user, report, model, response, HttpServletResponse.SC_BAD_REQUEST,
					"versions.compare.not-a-number");
		}
		VersionComparison comparison;
		try {
			comparison = this.versions.compare(user, reportId, fromNumber, toNumber);
		}
		catch (InputRejectedException ex) {
			return refused(user, report, model, response, HttpServletResponse.SC_BAD_REQUEST, ex.messageKey());
		}
		catch (NotFoundException ex) {
			// the report is readable (checked above): the version is what does not exist
			return refused(user, report, model, response, HttpServletResponse.SC_NOT_FOUND, "versions.compare.unknown");
		}
		model.addAttribute("report", report);
		model.addAttribute("comparison", comparison);
		model.addAttribute("zone", VIETNAM);
		return "versions/compare";
	}

	/** "What changed since": the last two submissions, or the last one and the report being revised. */
	@GetMapping("/changes")
	String changes(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			RedirectAttributes redirect) {
		Optional<ReportVersions.Pair> pair = this.versions.latestChange(user, reportId);
		if (pair.isEmpty()) {
			redirect.addFlashAttribute("notice", "versions.changes.none");
			return "redirect:/reports/" + reportId + "/versions";
		}
		return "redirect:" + compareLink(reportId, pair.get());
	}

	static String compareLink(long reportId, ReportVersions.Pair pair) {
		return UriComponentsBuilder.fromPath("/reports/{id}/versions/compare")
			.queryParam("from", pair.from())
			.queryParam("to", (pair.to() == null) ? CURRENT : pair.to())
			.buildAndExpand(reportId)
			.toUriString();
	}

	private String list(PortalUser user, Report report, Model model) {
		List<ReportVersions.Version> all = this.versions.versions(user, report.getId());
		model.addAttribute("report", report);
		model.addAttribute("versions", all);
		model.addAttribute("zone", VIETNAM);
		model.addAttribute("mayCompareCurrent", report.getStatus().isEditable() && !all.isEmpty());
		return "versions/list";
	}

	private String refused(PortalUser user, Report report, Model model, HttpServletResponse response, int status,
			String messageKey) {
		response.setStatus(status);
		model.addAttribute("error", messageKey);
		return list(user, report, model);
	}

	/** A positive version number, or {@code null}. */
	private static Integer number(String text) {
		if (text == null || !text.strip().matches("[0-9]{1,6}")) {
			return null;
		}
		int number = Integer.parseInt(text.strip());
		return (number >= 1) ? number : null;
	}

}
