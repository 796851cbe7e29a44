package vn.ubnd.baocao.workflow.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.workflow.Register;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * The outgoing register (sổ văn bản đi) of the user's unit for a year: number, date, type, summary, signer and
 * recipients of each issued report, linking to it.
 */
@Controller
class RegisterController {

	private final Register register;

	private final ReportService reports;

	private final UnitService units;

	RegisterController(Register register, ReportService reports, UnitService units) {
		this.register = register;
		this.reports = reports;
		this.units = units;
	}

	@GetMapping("/register")
	String register(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int thisYear = LocalDate.now(ReportWorkflow.VIETNAM).getYear();
		List<Integer> years = new ArrayList<>(this.register.years(user.unitId()));
		if (!years.contains(thisYear)) {
			years.add(0, thisYear);
		}
		int shown = (year != null && years.contains(year)) ? year : thisYear;
		List<Register.Entry> entries = this.register.entries(user.unitId(), shown);
		Map<Long, Report> issued = this.reports.visibleReports(user)
			.stream()
			.collect(Collectors.toMap(Report::getId, Function.identity()));
		model.addAttribute("unit", this.units.get(user.unitId()));
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("entries", entries.stream()
			.filter((entry) -> issued.containsKey(entry.reportId()))
			.map((entry) -> new Row(entry, issued.get(entry.reportId())))
			.toList());
		return "workflow/register";
	}

	record Row(Register.Entry entry, Report report) {
	}

}
