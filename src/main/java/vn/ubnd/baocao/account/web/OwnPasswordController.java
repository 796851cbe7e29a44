package vn.ubnd.baocao.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.account.AccountValidationException;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Every signed-in user changes their own password: the current one, then the new one twice.
 */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private final AccountService accounts;

	OwnPasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** Passwords are taken exactly as typed: no trimming, no Unicode normalisation. */
	@InitBinder
	void asTyped(WebDataBinder binder) {
		AccountAdminController.bindPasswordsAsTyped(binder, "current", "password", "confirmation");
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "account/own-password";
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.getPassword() == null || !form.getPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
			return "account/own-password";
		}
		try {
			this.accounts.changeOwnPassword(user, form.getCurrent(), form.getPassword());
		}
		catch (AccountValidationException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return "account/own-password";
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/";
	}

}
