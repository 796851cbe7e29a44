package vn.ubnd.baocao.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The home page, per role.
 */
@Controller
class HomeController {

	private final UnitService units;

	private final AccountService accounts;

	HomeController(UnitService units, AccountService accounts) {
		this.units = units;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		Unit unit = this.units.get(user.unitId());
		model.addAttribute("unit", unit);
		model.addAttribute("role", user.role());
		model.addAttribute("leaders", this.units.activeLeaders(unit.getId()));
		if (user.leaderId() != null) {
			model.addAttribute("signingAs", this.units.leader(user.leaderId()));
		}
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("unitCount", this.units.visibleTree(user).size());
			model.addAttribute("accountCount", this.accounts.visibleTo(user).size());
		}
		return "dashboard/home";
	}

}
