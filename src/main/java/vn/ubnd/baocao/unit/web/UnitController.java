package vn.ubnd.baocao.unit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * A unit's record as every user of it (or of a unit above it) may read it: names, council and leaders.
 */
@Controller
class UnitController {

	private final UnitService units;

	UnitController(UnitService units) {
		this.units = units;
	}

	@GetMapping("/units/{unitId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long unitId, Model model) {
		Unit unit = this.units.visibleTo(user, unitId);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.getParentId() == null ? null : this.units.get(unit.getParentId()));
		model.addAttribute("leaders", this.units.activeLeaders(unitId));
		return "unit/view";
	}

}
