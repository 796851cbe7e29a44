package vn.ubnd.baocao.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportValidationException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The list of reports, starting a report, and reading one.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	private final ReportService reports;

	private final ReportKindService kinds;

	private final UnitService units;

	ReportController(ReportService reports, ReportKindService kinds, UnitService units) {
		this.reports = reports;
		this.kinds = kinds;
		this.units = units;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		List<Report> visible = this.reports.visibleReports(user);
		model.addAttribute("reports", visible);
		model.addAttribute("kindsById",
				this.kinds.all().stream().collect(Collectors.toMap(ReportKind::getId, Function.identity())));
		model.addAttribute("unitsById", this.units.visibleTree(user)
			.stream()
			.map(UnitService.UnitNode::unit)
			.collect(Collectors.toMap(Unit::getId, Function.identity())));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("mayCreate", user.hasRole(Role.CLERK));
		return "report/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal PortalUser user, Model model) {
		user.require(Role.CLERK);
		ReportForms.NewReportForm form = new ReportForms.NewReportForm();
		LocalDate today = LocalDate.now();
		form.setYear(today.getYear());
		form.setNumber(today.getMonthValue() <= 6 ? 1 : 2);
		return showNewForm(form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") ReportForms.NewReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Role.CLERK);
		if (result.hasErrors()) {
			return showNewForm(form, model);
		}
		try {
			Report report = this.reports.create(user, new ReportService.NewReport(form.getKindId(), form.getYear(),
					form.getNumber(), form.getStart(), form.getEnd(), form.isCopyForward()));
			redirect.addFlashAttribute("message",
					report.getPreviousReportId() != null ? "report.created.copied" : "report.created");
			return "redirect:/reports/" + report.getId() + "/edit";
		}
		catch (ReportValidationException ex) {
			ex.rejectOn(result);
			return showNewForm(form, model);
		}
	}

	@GetMapping("/{reportId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		Report report = this.reports.readable(user, reportId);
		model.addAttribute("report", report);
		model.addAttribute("view", this.reports.view(report));
		model.addAttribute("mayEdit", this.reports.mayEdit(user, report));
		return "report/show";
	}

	private String showNewForm(ReportForms.NewReportForm form, Model model) {
		model.addAttribute("form", form);
		List<ReportKind> active = this.kinds.active();
		model.addAttribute("kinds", active);
		Map<Long, String> periodTypes = active.stream()
			.collect(Collectors.toMap(ReportKind::getId, (k) -> k.getPeriodType().name()));
		model.addAttribute("periodTypes", periodTypes);
		return "report/new";
	}

}
