package vn.ubnd.baocao.report.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportValidationException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The structured editor. Every change is saved as the clerk types (htmx posts each form a moment after the last
 * keystroke); a save made on an outdated copy is refused and both versions are shown.
 */
@Controller
@RequestMapping("/reports/{reportId}")
class ReportEditorController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReportService reports;

	private final UnitService units;

	private final org.springframework.context.MessageSource messages;

	ReportEditorController(ReportService reports, UnitService units,
			org.springframework.context.MessageSource messages) {
		this.reports = reports;
		this.units = units;
		this.messages = messages;
	}

	/** The Vietnamese messages of a form's errors (resolving the most specific code that has a message). */
	private List<String> errorMessages(BindingResult result) {
		return result.getAllErrors()
			.stream()
			.map((error) -> this.messages.getMessage(error,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()))
			.distinct()
			.toList();
	}

	@GetMapping("/edit")
	String edit(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		Report report = this.reports.editable(user, reportId);
		model.addAttribute("report", report);
		model.addAttribute("numbered", report.numberedSections());
		model.addAttribute("leaders", this.units.activeLeaders(report.getUnitId()));
		model.addAttribute("unit", this.units.get(report.getUnitId()));
		model.addAttribute("zone", VIETNAM);
		model.addAttribute("signatureForms", vn.ubnd.baocao.report.SignatureForm.values());
		return "report/edit";
	}

	@PostMapping("/header")
	String saveHeader(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@Valid @ModelAttribute("headerForm") ReportForms.HeaderForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		return autosave(user, reportId, "header", result, model, response, () -> {
			Report report = this.reports.editHeader(user, reportId, form.getVersion(),
					new Report.Header(form.getSummary(), form.getAddressees(), form.getOpening(), form.getDataFrom(),
							form.getDataTo(), form.getDeadline(), form.getPlaceName()));
			return saved(report, model, "header");
		});
	}

	@PostMapping("/closing")
	String saveClosing(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@Valid @ModelAttribute("closingForm") ReportForms.ClosingForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		return autosave(user, reportId, "closing", result, model, response, () -> {
			List<String> recipients = form.getRecipients() == null ? List.of()
					: Arrays.stream(form.getRecipients().split("\n"))
						.map(String::strip)
						.filter((l) -> !l.isEmpty())
						.toList();
			Report report = this.reports.editClosing(user, reportId, form.getVersion(), recipients,
					form.getSignatureForm(), form.getSignerLeaderId());
			model.addAttribute("signatureLines", this.reports.view(report).signature().lines());
			return saved(report, model, "closing");
		});
	}

	/**
	 * Saves a part of the report guarded by the report's version: 422 with the messages for bad input, 409 for a
	 * change made on an outdated copy, and nothing saved in either case.
	 */
	private String autosave(PortalUser user, long reportId, String target, BindingResult result, Model model,
			HttpServletResponse response, java.util.function.Supplier<String> save) {
		model.addAttribute("target", target);
		if (!result.hasErrors()) {
			try {
				return save.get();
			}
			catch (ReportValidationException ex) {
				ex.rejectOn(result);
			}
			catch (OptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return "report/_status :: report-conflict";
			}
		}
		// the save checks access itself; bad input must not tell another unit's user more than "not found"
		this.reports.editable(user, reportId);
		response.setStatus(422);
		model.addAttribute("errors", errorMessages(result));
		return "report/_status :: invalid";
	}

	private String saved(Report report, Model model, String target) {
		model.addAttribute("report", report);
		model.addAttribute("target", target);
		model.addAttribute("zone", VIETNAM);
		return "report/_status :: report-saved";
	}

	@PostMapping("/sections/{sectionId}")
	String saveSection(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@PathVariable long sectionId, @Valid @ModelAttribute("sectionForm") ReportForms.SectionForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		model.addAttribute("sectionId", sectionId);
		model.addAttribute("reportId", reportId);
		model.addAttribute("zone", VIETNAM);
		if (result.hasErrors()) {
			this.reports.editable(user, reportId).section(sectionId);
			response.setStatus(422);
			model.addAttribute("errors", errorMessages(result));
			model.addAttribute("target", "section-" + sectionId);
			return "report/_status :: invalid";
		}
		try {
			ReportSection section = this.reports.editSection(user, reportId, sectionId, form.getVersion(),
					form.getTitle(), form.getBody());
			model.addAttribute("section", section);
			return "report/_status :: section-saved";
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("current", this.reports.currentSection(user, reportId, sectionId));
			model.addAttribute("mine", form);
			return "report/_status :: section-conflict";
		}
	}

	/** The section's editor as stored now ("use the saved version" after a conflict). */
	@GetMapping("/sections/{sectionId}")
	String section(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@PathVariable long sectionId, Model model) {
		Report report = this.reports.editable(user, reportId);
		model.addAttribute("report", report);
		model.addAttribute("n", report.numberedSections()
			.stream()
			.filter((n) -> n.id() == sectionId)
			.findFirst()
			.orElseThrow(() -> new vn.ubnd.baocao.system.NotFoundException("section " + sectionId)));
		return "report/_sections :: section";
	}

	@PostMapping("/sections")
	String addSection(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) Long afterId,
			Model model) {
		this.reports.addSection(user, reportId, parentId, afterId);
		return sections(user, reportId, model);
	}

	@PostMapping("/sections/{sectionId}/{move:up|down|indent|outdent|delete}")
	String restructure(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@PathVariable long sectionId, @PathVariable String move, Model model) {
		this.reports.restructure(user, reportId, sectionId, ReportService.Move.valueOf(move.toUpperCase()));
		return sections(user, reportId, model);
	}

	@PostMapping("/checklist/{itemId}")
	String markChecklist(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@PathVariable long itemId, @RequestParam(defaultValue = "false") boolean done,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response) {
		if (note != null && note.length() > 1000) {
			this.reports.editable(user, reportId);
			response.setStatus(422);
			model.addAttribute("target", "checklist-" + itemId);
			model.addAttribute("errors", List.of(this.messages.getMessage("report.checklist.note-too-long", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale())));
			return "report/_status :: invalid";
		}
		this.reports.markChecklistItem(user, reportId, itemId, done, note);
		Report report = this.reports.readable(user, reportId);
		model.addAttribute("report", report);
		model.addAttribute("target", "checklist-" + itemId);
		model.addAttribute("zone", VIETNAM);
		return "report/_status :: saved-at";
	}

	private String sections(PortalUser user, long reportId, Model model) {
		Report report = this.reports.editable(user, reportId);
		model.addAttribute("report", report);
		model.addAttribute("numbered", report.numberedSections());
		return "report/_sections :: sections-and-outline";
	}

}
