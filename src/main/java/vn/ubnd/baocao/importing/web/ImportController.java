package vn.ubnd.baocao.importing.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.importing.ImportService;
import vn.ubnd.baocao.importing.UploadedDocument;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportValidationException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Import of an existing report (.txt, .md or .docx) as a new draft of the clerk's unit, which the clerk then
 * reviews in the editor.
 */
@Controller
@RequestMapping("/reports/import")
class ImportController {

	private final ImportService importer;

	private final ReportKindService kinds;

	private final UnitService units;

	ImportController(ImportService importer, ReportKindService kinds, UnitService units) {
		this.importer = importer;
		this.kinds = kinds;
		this.units = units;
	}

	@GetMapping
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		user.require(Role.CLERK);
		return show(user, model, null, null, LocalDate.now().getYear(), null);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long kindId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end, Model model,
			RedirectAttributes redirect) throws IOException {
		user.require(Role.CLERK);
		if (kindId == null) {
			return show(user, model, "report.kind.required", kindId, year, number);
		}
		if (file == null || file.isEmpty()) {
			return show(user, model, "importing.error.empty", kindId, year, number);
		}
		try {
			Report report = this.importer.importAsDraft(user, kindId,
					new ReportService.NewReport(kindId, year, number, start, end, false), file.getOriginalFilename(),
					file.getBytes());
			redirect.addFlashAttribute("message", "importing.done");
			return "redirect:/reports/" + report.getId() + "/edit";
		}
		catch (UploadedDocument.UnreadableDocumentException ex) {
			return show(user, model, ex.messageKey(), kindId, year, number);
		}
		catch (ReportValidationException ex) {
			return show(user, model, ex.messageKey(), kindId, year, number);
		}
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "importing.error.too-large");
		return "redirect:/reports/import";
	}

	private String show(PortalUser user, Model model, String error, Long kindId, Integer year, Integer number) {
		model.addAttribute("kinds", this.kinds.active());
		model.addAttribute("unit", this.units.get(user.unitId()));
		model.addAttribute("importError", error);
		model.addAttribute("kindId", kindId);
		model.addAttribute("year", year);
		model.addAttribute("number", number);
		return "importing/form";
	}

}
