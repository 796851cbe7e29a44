package vn.ubnd.baocao.unit.web;

import java.util.List;
import java.util.Set;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitLevel;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.unit.UnitValidationException;

/**
 * Administration of units and their leaders, within the administrator's own unit and the units below it.
 */
@Controller
@RequestMapping("/admin")
class UnitAdminController {

	private static final String UNIT_FORM = "unit/edit";

	private static final String LEADER_FORM = "unit/leader-edit";

	private final UnitService units;

	UnitAdminController(UnitService units) {
		this.units = units;
	}

	@ModelAttribute("levels")
	UnitLevel[] levels() {
		return UnitLevel.values();
	}

	@ModelAttribute("positions")
	LeaderPosition[] positions() {
		return LeaderPosition.values();
	}

	@GetMapping("/units")
	String list(@AuthenticationPrincipal PortalUser admin, Model model) {
		model.addAttribute("tree", this.units.visibleTree(admin));
		return "unit/list";
	}

	@GetMapping("/units/new")
	String createForm(@AuthenticationPrincipal PortalUser admin, @RequestParam(required = false) Long parentId,
			Model model) {
		UnitForm form = new UnitForm();
		Unit parent = this.units.visibleTo(admin, parentId != null ? parentId : admin.unitId());
		form.setParentId(parent.getId());
		form.setLevel(parent.getLevel() == UnitLevel.COMMUNE ? null : UnitLevel.COMMUNE);
		form.setPrintedName("ỦY BAN NHÂN DÂN\n");
		form.setSymbol("UBND");
		return showUnitForm(admin, null, form, model);
	}

	@PostMapping("/units")
	String create(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showUnitForm(admin, null, form, model);
		}
		try {
			Unit unit = this.units.create(admin, form.toData());
			redirect.addFlashAttribute("message", "unit.created");
			return "redirect:/admin/units/" + unit.getId() + "/edit";
		}
		catch (UnitValidationException ex) {
			ex.rejectOn(result);
			return showUnitForm(admin, null, form, model);
		}
	}

	@GetMapping("/units/{unitId}/edit")
	String editForm(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId, Model model) {
		Unit unit = this.units.visibleTo(admin, unitId);
		return showUnitForm(admin, unit, UnitForm.of(unit), model);
	}

	@PostMapping("/units/{unitId}")
	String update(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Unit unit = this.units.visibleTo(admin, unitId);
		if (result.hasErrors()) {
			return showUnitForm(admin, unit, form, model);
		}
		try {
			this.units.update(admin, unitId, form.getVersion(), form.toData());
			redirect.addFlashAttribute("message", "unit.saved");
			return "redirect:/admin/units/" + unitId + "/edit";
		}
		catch (UnitValidationException ex) {
			ex.rejectOn(result);
			return showUnitForm(admin, unit, form, model);
		}
	}

	@PostMapping("/units/{unitId}/active")
	String setActive(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId,
			@RequestParam boolean active, RedirectAttributes redirect) {
		try {
			this.units.setActive(admin, unitId, active);
			redirect.addFlashAttribute("message", active ? "unit.activated" : "unit.deactivated");
		}
		catch (UnitValidationException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/units/" + unitId + "/edit";
	}

	@PostMapping("/units/{unitId}/leaders")
	String addLeader(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId,
			@Valid @ModelAttribute("leaderForm") LeaderForm leaderForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Unit unit = this.units.visibleTo(admin, unitId);
		if (result.hasErrors()) {
			model.addAttribute("leaderFormOpen", true);
			return showUnitForm(admin, unit, UnitForm.of(unit), model);
		}
		this.units.addLeader(admin, unitId, leaderForm.toData());
		redirect.addFlashAttribute("message", "leader.created");
		return "redirect:/admin/units/" + unitId + "/edit";
	}

	@GetMapping("/leaders/{leaderId}/edit")
	String editLeader(@AuthenticationPrincipal PortalUser admin, @PathVariable long leaderId, Model model) {
		Leader leader = this.units.leaderVisibleTo(admin, leaderId);
		model.addAttribute("leader", leader);
		model.addAttribute("leaderForm", LeaderForm.of(leader));
		return LEADER_FORM;
	}

	@PostMapping("/leaders/{leaderId}")
	String updateLeader(@AuthenticationPrincipal PortalUser admin, @PathVariable long leaderId,
			@Valid @ModelAttribute("leaderForm") LeaderForm leaderForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Leader leader = this.units.leaderVisibleTo(admin, leaderId);
		if (result.hasErrors()) {
			model.addAttribute("leader", leader);
			return LEADER_FORM;
		}
		this.units.updateLeader(admin, leaderId, leaderForm.getVersion(), leaderForm.toData());
		redirect.addFlashAttribute("message", "leader.saved");
		return "redirect:/admin/units/" + leader.getUnitId() + "/edit";
	}

	@PostMapping("/leaders/{leaderId}/active")
	String setLeaderActive(@AuthenticationPrincipal PortalUser admin, @PathVariable long leaderId,
			@RequestParam boolean active, RedirectAttributes redirect) {
		Leader leader = this.units.leaderVisibleTo(admin, leaderId);
		this.units.setLeaderActive(admin, leaderId, active);
		redirect.addFlashAttribute("message", active ? "leader.activated" : "leader.deactivated");
		return "redirect:/admin/units/" + leader.getUnitId() + "/edit";
	}

	private String showUnitForm(PortalUser admin, Unit unit, UnitForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		Set<Long> ownSubtree = unit == null ? Set.of() : this.units.subtree(unit.getId());
		List<UnitService.UnitNode> parents = this.units.visibleTree(admin)
			.stream()
			.filter((node) -> !ownSubtree.contains(node.unit().getId()))
			.filter((node) -> node.unit().getLevel() != UnitLevel.COMMUNE)
			.toList();
		model.addAttribute("parents", parents);
		model.addAttribute("ownUnit", unit != null && unit.getId().equals(admin.unitId()));
		model.addAttribute("parentUnit",
				unit == null || unit.getParentId() == null ? null : this.units.get(unit.getParentId()));
		model.addAttribute("mayCreateTopLevel", this.units.get(admin.unitId()).getParentId() == null);
		if (unit != null) {
			model.addAttribute("leaders", this.units.leaders(unit.getId()));
			if (!model.containsAttribute("leaderForm")) {
				model.addAttribute("leaderForm", new LeaderForm());
			}
		}
		return UNIT_FORM;
	}


}
