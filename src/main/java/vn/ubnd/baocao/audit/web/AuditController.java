package vn.ubnd.baocao.audit.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ubnd.baocao.audit.AuditPage;
import vn.ubnd.baocao.audit.AuditTrail;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The audit trail for administrators: what happened in their units, newest first, filtered and paged, and the check
 * of the whole chain.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditTrail trail;

	private final UnitService units;

	AuditController(AuditTrail trail, UnitService units) {
		this.trail = trail;
		this.units = units;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser admin, @ModelAttribute("filter") AuditFilterForm filter,
			@RequestParam(defaultValue = "1") String page, Model model) {
		admin.require(Role.ADMIN);
		int pageNumber = page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 1;
		AuditPage result = this.trail.page(admin, filter.toFilter(), pageNumber);
		Map<Long, String> unitNames = this.units.visibleTree(admin)
			.stream()
			.collect(Collectors.toMap((node) -> node.unit().getId(), (node) -> node.unit().getName()));
		model.addAttribute("result", result);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("actions", this.trail.actions(admin));
		model.addAttribute("zone", AuditTrail.VIETNAM);
		model.addAttribute("previousUrl", filter.url(result.page() - 1));
		model.addAttribute("nextUrl", filter.url(result.page() + 1));
		return "audit/list";
	}

	@GetMapping("/verify")
	String verify(@AuthenticationPrincipal PortalUser admin, @ModelAttribute("filter") AuditFilterForm filter,
			Model model) {
		admin.require(Role.ADMIN);
		model.addAttribute("verification", this.trail.verify());
		return list(admin, filter, "1", model);
	}

}
