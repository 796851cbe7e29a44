package vn.ubnd.baocao.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ubnd.baocao.dashboard.IndicatorOverview;
import vn.ubnd.baocao.indicator.VietnameseNumbers;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * Indicators across periods ({@code /overview/indicators}: one indicator over a unit's last periods, chart and
 * table) and across units ({@code /overview/indicators/units}: one indicator across the units below a parent for
 * one period, against their targets, with the roll-up). Every signed-in user, for their unit and those below it.
 */
@Controller
class IndicatorOverviewController {

	private final IndicatorOverview indicators;

	private final ReportKindService kinds;

	IndicatorOverviewController(IndicatorOverview indicators, ReportKindService kinds) {
		this.indicators = indicators;
		this.kinds = kinds;
	}

	@GetMapping("/overview/indicators")
	String trend(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") OverviewForm form,
			BindingResult binding, Model model) {
		ReportKind kind = common(user, form, binding, model);
		if (kind != null) {
			Long unitId = Choices.valid(binding, "unitId", form.getUnitId());
			String code = code(model, form);
			if (code != null) {
				IndicatorOverview.Trend trend = this.indicators.trend(user, (unitId != null) ? unitId : user.unitId(),
						kind.getId(), code);
				model.addAttribute("trend", trend);
				model.addAttribute("chart", TrendChart.of(trend.points()
					.stream()
					.map((p) -> new TrendChart.Point(label(p.periodType(), p.periodNumber(), p.periodYear()),
							(p.figures() != null && p.figures().actual() != null)
									? VietnameseNumbers.format(p.figures().actual()) : "",
							(p.figures() != null) ? p.figures().actual() : null,
							(p.figures() != null) ? p.figures().targetCouncil() : null))
					.toList()));
			}
		}
		return "dashboard/trend";
	}

	@GetMapping("/overview/indicators/units")
	String across(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") OverviewForm form,
			BindingResult binding, Model model) {
		ReportKind kind = common(user, form, binding, model);
		if (kind != null) {
			LocalDate today = LocalDate.now(ReportWorkflow.VIETNAM);
			Long unitId = Choices.valid(binding, "unitId", form.getUnitId());
			Integer year = Choices.valid(binding, "year", form.getYear());
			Integer number = Choices.valid(binding, "number", form.getNumber());
			if (year == null || year < 1990 || year > 2100) {
				year = today.getYear();
				number = Choices.periodNumber(kind.getPeriodType(), today);
			}
			if (number == null) {
				number = Choices.periodNumber(kind.getPeriodType(), today);
			}
			model.addAttribute("year", year);
			model.addAttribute("years", Choices.years(today, year));
			model.addAttribute("number", number);
			String code = code(model, form);
			if (code != null) {
				model.addAttribute("across", this.indicators.across(user, (unitId != null) ? unitId : user.unitId(),
						kind.getId(), year, number, code));
			}
		}
		return "dashboard/across";
	}

	/** The choices both pages offer; the kind chosen (or the default), {@code null} if there is none. */
	private ReportKind common(PortalUser user, OverviewForm form, BindingResult binding, Model model) {
		List<ReportKind> all = this.kinds.all();
		ReportKind kind = Choices.kind(all, Choices.valid(binding, "kindId", form.getKindId()));
		model.addAttribute("kinds", all);
		model.addAttribute("kind", kind);
		List<vn.ubnd.baocao.unit.UnitService.UnitNode> units = this.indicators.units(user);
		java.util.Set<Long> parents = this.indicators.parents(user);
		model.addAttribute("units", units);
		model.addAttribute("parentUnits", units.stream()
			.filter((node) -> node.unit().getId() == user.unitId() || parents.contains(node.unit().getId()))
			.toList());
		model.addAttribute("numbers", new Numbers());
		if (kind != null) {
			model.addAttribute("choices", this.indicators.choices(user, kind.getId()));
		}
		return kind;
	}

	/** The indicator chosen if the kind has it, else the kind's first; {@code null} if the kind has none. */
	@SuppressWarnings("unchecked")
	private static String code(Model model, OverviewForm form) {
		List<IndicatorOverview.Choice> choices = (List<IndicatorOverview.Choice>) model.getAttribute("choices");
		if (choices == null || choices.isEmpty()) {
			return null;
		}
		return choices.stream()
			.map(IndicatorOverview.Choice::code)
			.filter((c) -> c.equals(form.getCode()))
			.findFirst()
			.orElse(choices.get(0).code());
	}

	/** A period's short label under a bar: {@code 1/2025}, or {@code 2025} for a year. */
	private static String label(PeriodType type, Integer number, int year) {
		return (number != null && type.maxNumber() > 1) ? number + "/" + year : String.valueOf(year);
	}

}
