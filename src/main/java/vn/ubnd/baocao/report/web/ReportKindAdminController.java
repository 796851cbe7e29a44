package vn.ubnd.baocao.report.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.report.HolidayService;
import vn.ubnd.baocao.report.KindDefinition;
import vn.ubnd.baocao.report.KindYaml;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Administration of report kinds (edited as the same YAML as in templates-seed, checked before saving) and of the
 * public holidays that deadlines skip.
 */
@Controller
@RequestMapping("/admin")
class ReportKindAdminController {

	private final ReportKindService kinds;

	private final HolidayService holidays;

	ReportKindAdminController(ReportKindService kinds, HolidayService holidays) {
		this.kinds = kinds;
		this.holidays = holidays;
	}

	@GetMapping("/report-kinds")
	String list(Model model) {
		model.addAttribute("kinds", this.kinds.all());
		return "report/kind-list";
	}

	@GetMapping("/report-kinds/{kindId}/edit")
	String edit(@PathVariable long kindId, Model model) {
		ReportKind kind = this.kinds.get(kindId);
		model.addAttribute("kind", kind);
		model.addAttribute("yaml", KindYaml.write(kind.toDefinition()));
		model.addAttribute("active", kind.isActive());
		model.addAttribute("version", kind.getVersion());
		return "report/kind-edit";
	}

	@PostMapping("/report-kinds/{kindId}")
	String update(@AuthenticationPrincipal PortalUser admin, @PathVariable long kindId,
			@RequestParam(defaultValue = "") String yaml,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		ReportKind kind = this.kinds.get(kindId);
		try {
			KindDefinition definition = KindYaml.readKind(yaml);
			if (!definition.code().equals(kind.getCode())) {
				throw new KindYaml.InvalidKindException("report.kind.error.code", kind.getCode());
			}
			this.kinds.update(admin, kindId, version, definition, active);
			redirect.addFlashAttribute("message", "report.kind.saved");
			return "redirect:/admin/report-kinds/" + kindId + "/edit";
		}
		catch (KindYaml.InvalidKindException ex) {
			model.addAttribute("kind", kind);
			model.addAttribute("yaml", yaml);
			model.addAttribute("active", active);
			model.addAttribute("version", version);
			model.addAttribute("yamlError", ex.messageKey());
			model.addAttribute("yamlErrorDetail", ex.detail());
			return "report/kind-edit";
		}
	}

	@GetMapping("/holidays")
	String holidays(Model model) {
		model.addAttribute("holidays", this.holidays.all());
		return "report/holidays";
	}

	@PostMapping("/holidays")
	String addHoliday(@AuthenticationPrincipal PortalUser admin,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		if (day == null || name == null || name.isBlank() || name.length() > 200) {
			redirect.addFlashAttribute("error", "holiday.invalid");
		}
		else {
			this.holidays.add(admin, day, name);
			redirect.addFlashAttribute("message", "holiday.added");
		}
		return "redirect:/admin/holidays";
	}

	@PostMapping("/holidays/{day}/delete")
	String removeHoliday(@AuthenticationPrincipal PortalUser admin,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		this.holidays.remove(admin, day);
		redirect.addFlashAttribute("message", "holiday.removed");
		return "redirect:/admin/holidays";
	}

}
