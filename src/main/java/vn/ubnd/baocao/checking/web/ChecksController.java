package vn.ubnd.baocao.checking.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ubnd.baocao.checking.CheckedFinding;
import vn.ubnd.baocao.checking.JustificationStateException;
import vn.ubnd.baocao.checking.ReportChecks;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The consistency checker's findings on a report: as JSON for other systems, and as the panel the editor and the
 * report page show (read-only on the page), with the clerk's justifications. Same authorization as the report to
 * read; justifying is for the clerk of the report's unit while it is editable ({@link ReportChecks}: 403, 404, 409
 * with the reason on the panel, 422 with the form as typed). A justification answers the panel and tells the page
 * ({@code HX-Trigger: checks-changed}) so that the workflow panel shows what still blocks submission.
 */
@Controller
class ChecksController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The event a change of justifications fires on the page. */
	static final String CHANGED = "checks-changed";

	private final ReportService reports;

	private final ReportChecks checks;

	ChecksController(ReportService reports, ReportChecks checks) {
		this.reports = reports;
		this.checks = checks;
	}

	/**
	 * The findings: {@code severity}, {@code code}, {@code section} (its full path), {@code sectionId},
	 * {@code quote}, {@code message}, {@code expected}, {@code fingerprint} and {@code justification}
	 * ({@code null} when none).
	 */
	@GetMapping("/api/reports/{reportId}/checks")
	@ResponseBody
	List<ApiFinding> api(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId) {
		return this.checks.check(this.reports.readable(user, reportId)).findings().stream().map(ApiFinding::of).toList();
	}

	/**
	 * The summary panel. In the editor ({@code in} absent or {@code editor}) it comes with, out of band, a badge on
	 * every section card saying how many findings are still to be seen to in that section (an empty badge where
	 * there are none, so that a new check clears the old ones); on the report page ({@code in=page}) it is
	 * read-only.
	 */
	@GetMapping("/reports/{reportId}/checks")
	String panel(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(name = "in", required = false) String in, Model model) {
		return panel(user, this.reports.readable(user, reportId), "page".equals(in), Feedback.NONE, model);
	}

	/** Records the clerk's justification of an error. */
	@PostMapping("/reports/{reportId}/checks/justification")
	String justify(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(required = false) String fingerprint, @RequestParam(required = false) String text,
			Model model, HttpServletResponse response) {
		Feedback feedback = Feedback.NONE;
		try {
			this.checks.justify(user, reportId, fingerprint, text);
			response.setHeader("HX-Trigger", CHANGED);
		}
		catch (InputRejectedException ex) {
			response.setStatus(422);
			feedback = new Feedback(null, fingerprint, text, ex.messageKey());
		}
		catch (JustificationStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			feedback = new Feedback(ex.messageKey(), null, null, null);
		}
		return panel(user, this.reports.readable(user, reportId), false, feedback, model);
	}

	/** Withdraws the clerk's justification of an error. */
	@PostMapping("/reports/{reportId}/checks/justification/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(required = false) String fingerprint, Model model, HttpServletResponse response) {
		Feedback feedback = Feedback.NONE;
		try {
			this.checks.withdraw(user, reportId, fingerprint);
			response.setHeader("HX-Trigger", CHANGED);
		}
		catch (JustificationStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			feedback = new Feedback(ex.messageKey(), null, null, null);
		}
		return panel(user, this.reports.readable(user, reportId), false, feedback, model);
	}

	private String panel(PortalUser user, Report report, boolean page, Feedback feedback, Model model) {
		ReportView view = this.reports.view(report);
		ReportChecks.Checked checked = this.checks.check(report);
		Map<Long, Long> perSection = checked.findings()
			.stream()
			.filter((f) -> f.sectionId() != null && f.justification() == null)
			.collect(Collectors.groupingBy(CheckedFinding::sectionId, Collectors.counting()));
		model.addAttribute("reportId", report.getId());
		model.addAttribute("checked", checked);
		model.addAttribute("page", page);
		model.addAttribute("mayJustify", !page && this.checks.mayJustify(user, report));
		model.addAttribute("feedback", feedback);
		model.addAttribute("maxText", ReportChecks.MAX_TEXT);
		model.addAttribute("zone", VIETNAM);
		model.addAttribute("sectionIds", page ? List.of() : flatten(view.sections()).map(ReportView.Section::id).toList());
		model.addAttribute("perSection", perSection);
		return "checking/_findings :: findings";
	}

	private static Stream<ReportView.Section> flatten(List<ReportView.Section> sections) {
		return sections.stream().flatMap((s) -> Stream.concat(Stream.of(s), flatten(s.children())));
	}

	/**
	 * What the panel says about the last change: an alert above the findings, or the form of one finding as typed
	 * with what is wrong with it.
	 */
	record Feedback(String alert, String fingerprint, String text, String error) {

		static final Feedback NONE = new Feedback(null, null, null, null);

		/** Whether the form of this finding is shown open with an error. */
		public boolean rejected(String candidate) {
			return this.error != null && candidate.equals(this.fingerprint);
		}

	}

	/** A finding as the API gives it. */
	record ApiFinding(String severity, String code, String section, Long sectionId, String quote, String message,
			String expected, String fingerprint, ApiJustification justification) {

		static ApiFinding of(CheckedFinding checked) {
			var f = checked.finding();
			var j = checked.justification();
			return new ApiFinding(f.severity().name(), f.code().name(), f.section(), checked.sectionId(), f.quote(),
					f.message(), f.expected(), checked.fingerprint(),
					(j != null) ? new ApiJustification(j.text(), j.authorName(), j.writtenAt()) : null);
		}

	}

	/** A justification as the API gives it: the clerk's reason, who wrote it and when. */
	record ApiJustification(String text, String author, Instant writtenAt) {
	}

}
