package vn.ubnd.baocao.indicator.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.indicator.CatalogueValidationException;
import vn.ubnd.baocao.indicator.Comparison;
import vn.ubnd.baocao.indicator.Indicator;
import vn.ubnd.baocao.indicator.IndicatorCatalogue;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The catalogue of indicators of a unit for a report kind, managed by an administrator of the unit (or of a unit
 * above it): a page listing the indicators with a form to add one, a page to edit one, and buttons to move one up or
 * down and to deactivate or reactivate it. A form with mistakes is shown again as typed with a message on each
 * field; a change made on an outdated copy answers 409; another unit's catalogue is not found.
 */
@Controller
@RequestMapping("/admin")
class CatalogueController {

	private static final String PAGE = "indicator/catalogue";

	private static final String EDIT = "indicator/catalogue-edit";

	private final IndicatorCatalogue catalogue;

	private final UnitService units;

	private final ReportKindService kinds;

	private final MessageSource messages;

	CatalogueController(IndicatorCatalogue catalogue, UnitService units, ReportKindService kinds,
			MessageSource messages) {
		this.catalogue = catalogue;
		this.units = units;
		this.kinds = kinds;
		this.messages = messages;
	}

	@ModelAttribute("allComparisons")
	Comparison[] comparisons() {
		return Comparison.values();
	}

	/** Units of measure offered as the admin types (any other may be typed). */
	@ModelAttribute("commonUnits")
	List<String> commonUnits() {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(this.messages.getMessage("indicator.catalogue.common-units", null, locale).split("\\|"))
			.map(String::strip)
			.toList();
	}

	@GetMapping("/units/{unitId}/indicators")
	String page(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId,
			@RequestParam(name = "kind", required = false) Long kindId, Model model) {
		return showPage(admin, unitId, kind(kindId), new IndicatorForm(), model);
	}

	@PostMapping("/units/{unitId}/indicators")
	String add(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId,
			@RequestParam(name = "kind") long kindId, @ModelAttribute("form") IndicatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReportKind kind = this.kinds.get(kindId);
		if (result.hasErrors()) {
			return showPage(admin, unitId, kind, form, model);
		}
		try {
			Indicator added = this.catalogue.add(admin, unitId, kind.getId(), form.toInput());
			redirect.addFlashAttribute("message", "indicator.catalogue.added");
			return "redirect:/admin/units/" + unitId + "/indicators?kind=" + kind.getId() + "#indicator-"
					+ added.getId();
		}
		catch (CatalogueValidationException ex) {
			ex.rejectOn(result);
			model.addAttribute("addFormOpen", true);
			return showPage(admin, unitId, kind, form, model);
		}
	}

	@GetMapping("/indicators/{indicatorId}/edit")
	String editForm(@AuthenticationPrincipal PortalUser admin, @PathVariable long indicatorId, Model model) {
		Indicator indicator = this.catalogue.indicator(admin, indicatorId);
		return showEdit(admin, indicator, IndicatorForm.of(indicator), model);
	}

	@PostMapping("/indicators/{indicatorId}")
	String update(@AuthenticationPrincipal PortalUser admin, @PathVariable long indicatorId,
			@ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Indicator indicator = this.catalogue.indicator(admin, indicatorId);
		form.setCode(indicator.getCode());
		if (result.hasErrors()) {
			return showEdit(admin, indicator, form, model);
		}
		try {
			this.catalogue.update(admin, indicatorId, form.getVersion(), form.toInput());
			redirect.addFlashAttribute("message", "indicator.catalogue.saved");
			return back(indicator);
		}
		catch (CatalogueValidationException ex) {
			ex.rejectOn(result);
			return showEdit(admin, indicator, form, model);
		}
	}

	@PostMapping("/indicators/{indicatorId}/move")
	String move(@AuthenticationPrincipal PortalUser admin, @PathVariable long indicatorId,
			@RequestParam(defaultValue = "down") String direction) {
		this.catalogue.move(admin, indicatorId, "up".equals(direction) ? -1 : 1);
		return back(this.catalogue.indicator(admin, indicatorId));
	}

	@PostMapping("/indicators/{indicatorId}/active")
	String setActive(@AuthenticationPrincipal PortalUser admin, @PathVariable long indicatorId,
			@RequestParam boolean active, RedirectAttributes redirect) {
		this.catalogue.setActive(admin, indicatorId, active);
		redirect.addFlashAttribute("message",
				active ? "indicator.catalogue.activated" : "indicator.catalogue.deactivated");
		return back(this.catalogue.indicator(admin, indicatorId));
	}

	private static String back(Indicator indicator) {
		return "redirect:/admin/units/" + indicator.getUnitId() + "/indicators?kind=" + indicator.getKindId()
				+ "#indicator-" + indicator.getId();
	}

	/** The kind asked for, or the first active one. */
	private ReportKind kind(Long kindId) {
		if (kindId != null) {
			return this.kinds.get(kindId);
		}
		return this.kinds.active().stream().findFirst().orElseThrow(() -> new NotFoundException("report kind"));
	}

	private String showPage(PortalUser admin, long unitId, ReportKind kind, IndicatorForm form, Model model) {
		List<Indicator> indicators = this.catalogue.catalogue(admin, unitId, kind.getId());
		Unit unit = this.units.visibleTo(admin, unitId);
		model.addAttribute("unit", unit);
		model.addAttribute("units", this.units.visibleTree(admin));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", this.kinds.active());
		model.addAttribute("indicators", indicators);
		model.addAttribute("sectors", sectors(indicators));
		model.addAttribute("form", form);
		return PAGE;
	}

	/** The sectors the catalogue already uses, offered as the admin types. */
	private static List<String> sectors(List<Indicator> indicators) {
		return indicators.stream().map(Indicator::getSector).filter((s) -> !s.isBlank()).distinct().toList();
	}

	private String showEdit(PortalUser admin, Indicator indicator, IndicatorForm form, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("sectors", sectors(this.catalogue.catalogue(admin, indicator.getUnitId(),
				indicator.getKindId())));
		model.addAttribute("unit", this.units.get(indicator.getUnitId()));
		model.addAttribute("kind", this.kinds.get(indicator.getKindId()));
		model.addAttribute("form", form);
		return EDIT;
	}

}
