package vn.ubnd.baocao.workflow.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.checking.Finding;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkQueue;

/**
 * The workflow panel of a report page (its state, deadline, history and the actions open to the user) and the
 * transitions. A transition answers an htmx request with a redirect to the report (its page changes with its
 * state) and a plain form post with 303; a refusal re-renders the panel with the reason: 422 for the user's input
 * (no reasons, unjustified checker errors), 409 for a state that does not allow it.
 */
@Controller
@RequestMapping("/reports/{reportId}")
class WorkflowController {

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final ReviewComments comments;

	WorkflowController(ReportService reports, ReportWorkflow workflow, ReviewComments comments) {
		this.reports = reports;
		this.workflow = workflow;
		this.comments = comments;
	}

	@GetMapping("/workflow")
	String panel(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		return panel(user, this.reports.readable(user, reportId), model);
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.workflow.submit(user, reportId);
		return done(reportId, "workflow.submitted", htmx, response, redirect);
	}

	@PostMapping("/return")
	String returnForRevision(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(required = false) String reasons,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.workflow.returnForRevision(user, reportId, reasons);
		return done(reportId, "workflow.returned", htmx, response, redirect);
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.workflow.accept(user, reportId);
		return done(reportId, "workflow.accepted", htmx, response, redirect);
	}

	/** Approves; with {@code sign} (the default on the page) signs and issues in the same step. */
	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(defaultValue = "false") boolean sign,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (sign) {
			this.workflow.approveAndIssue(user, reportId);
			return done(reportId, "workflow.issued", htmx, response, redirect);
		}
		this.workflow.approve(user, reportId);
		return done(reportId, "workflow.approved", htmx, response, redirect);
	}

	@PostMapping("/issue")
	String issue(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.workflow.issue(user, reportId);
		return done(reportId, "workflow.issued", htmx, response, redirect);
	}

	private static String done(long reportId, String message, String htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		if (htmx != null) {
			response.setHeader("HX-Redirect", "/reports/" + reportId);
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		return "redirect:/reports/" + reportId;
	}

	String panel(PortalUser user, Report report, Model model) {
		LocalDate today = LocalDate.now(ReportWorkflow.VIETNAM);
		ReportStatus status = report.getStatus();
		boolean member = report.getUnitId() == user.unitId();
		boolean signer = member && user.hasRole(Role.CHAIR) && user.leaderId() != null;
		model.addAttribute("report", report);
		model.addAttribute("zone", ReportWorkflow.VIETNAM);
		model.addAttribute("history", this.workflow.history(user, report.getId()));
		model.addAttribute("overdue", WorkQueue.isOverdue(report, today));
		model.addAttribute("daysLate",
				java.time.temporal.ChronoUnit.DAYS.between(report.getDeadline(), today));
		boolean maySubmit = member && user.hasRole(Role.CLERK) && status.isEditable();
		model.addAttribute("maySubmit", maySubmit);
		if (maySubmit && !model.containsAttribute("blocking")) {
			model.addAttribute("blocking", this.workflow.blockingFindings(report));
		}
		model.addAttribute("openThreads", this.comments.openThreads(report.getId()));
		model.addAttribute("mayReview", member && user.hasRole(Role.COUNCIL_REVIEWER) && status == ReportStatus.SUBMITTED);
		model.addAttribute("mayApprove", signer && status == ReportStatus.ACCEPTED);
		model.addAttribute("maySign", signer && status == ReportStatus.APPROVED
				&& user.leaderId().equals(report.getSignerLeaderId()));
		model.addAttribute("mayChairReturn",
				signer && (status == ReportStatus.ACCEPTED || status == ReportStatus.APPROVED));
		return "workflow/_panel :: panel";
	}

	@ExceptionHandler(vn.ubnd.baocao.workflow.SubmissionBlockedException.class)
	String blocked(vn.ubnd.baocao.workflow.SubmissionBlockedException ex,
			@AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		List<Finding> blocking = ex.findings();
		model.addAttribute("blocking", blocking);
		return refused(HttpStatus.UNPROCESSABLE_CONTENT, "workflow.submit.blocked", user, request, model, response);
	}

	@ExceptionHandler(vn.ubnd.baocao.system.InputRejectedException.class)
	String rejected(vn.ubnd.baocao.system.InputRejectedException ex, @AuthenticationPrincipal PortalUser user,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		return refused(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), user, request, model, response);
	}

	/** The unit cannot sign (no certificate, or an expired one): nothing was issued, the number was given back. */
	@ExceptionHandler(vn.ubnd.baocao.signing.SigningUnavailableException.class)
	String cannotSign(vn.ubnd.baocao.signing.SigningUnavailableException ex, @AuthenticationPrincipal PortalUser user,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		return refused(HttpStatus.CONFLICT, ex.messageKey(), user, request, model, response);
	}

	@ExceptionHandler(vn.ubnd.baocao.report.ReportStateException.class)
	String wrongState(vn.ubnd.baocao.report.ReportStateException ex, @AuthenticationPrincipal PortalUser user,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		model.addAttribute("errorStatus", ex.status());
		model.addAttribute("errorTarget", ex.target());
		return refused(HttpStatus.CONFLICT, "workflow.wrong-state", user, request, model, response);
	}

	/** The panel again, with the reason of the refusal and its status. */
	private String refused(HttpStatus status, String error, PortalUser user, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("error", error);
		return panel(user, this.reports.readable(user, reportId(request)), model);
	}

	/** Exception handlers do not take path variables; the handler mapping left them in the request. */
	@SuppressWarnings("unchecked")
	private static long reportId(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return Long.parseLong(variables.get("reportId"));
	}

}
