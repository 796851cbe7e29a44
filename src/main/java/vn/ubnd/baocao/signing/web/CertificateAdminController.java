package vn.ubnd.baocao.signing.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.signing.UnitCertificates;
import vn.ubnd.baocao.system.PortalUser;

/**
 * A unit's signing certificate, for its administrator ({@code /admin/**} is for administrators only): where it comes
 * from, whom it names, how long it is valid; in demo mode, a button that makes a demo certificate for a unit that
 * has none (a unit created on the admin pages after the demo was seeded).
 */
@Controller
@RequestMapping("/admin/units/{unitId}/certificate")
class CertificateAdminController {

	private final UnitCertificates certificates;

	CertificateAdminController(UnitCertificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId, Model model) {
		UnitCertificates.Status certificate = this.certificates.status(admin, unitId);
		model.addAttribute("unit", certificate.unit());
		model.addAttribute("certificate", certificate);
		model.addAttribute("demoMode", this.certificates.demoMode());
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		return "signing/certificate";
	}

	@PostMapping("/demo")
	String makeDemo(@AuthenticationPrincipal PortalUser admin, @PathVariable long unitId,
			RedirectAttributes redirect) {
		boolean made = this.certificates.makeDemoCertificate(admin, unitId);
		redirect.addFlashAttribute("message", made ? "signing.certificate.demo.made" : "signing.certificate.exists");
		return "redirect:/admin/units/" + unitId + "/certificate";
	}

}
