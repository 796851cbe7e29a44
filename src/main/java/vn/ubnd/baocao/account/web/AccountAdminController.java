package vn.ubnd.baocao.account.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ubnd.baocao.account.Account;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.account.AccountValidationException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Administration of the accounts of the administrator's unit and the units below it.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String FORM = "account/edit";

	private final AccountService accounts;

	private final UnitService units;

	AccountAdminController(AccountService accounts, UnitService units) {
		this.accounts = accounts;
		this.units = units;
	}

	@InitBinder
	void passwordBinder(WebDataBinder binder) {
		bindPasswordsAsTyped(binder, "password", "confirmation");
	}

	/** Passwords are taken exactly as typed: no trimming, no Unicode normalisation of the portal's input binding. */
	static void bindPasswordsAsTyped(WebDataBinder binder, String... fields) {
		java.beans.PropertyEditorSupport asTyped = new java.beans.PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text);
			}
		};
		for (String field : fields) {
			binder.registerCustomEditor(String.class, field, asTyped);
		}
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser admin, Model model) {
		List<Account> visible = this.accounts.visibleTo(admin);
		model.addAttribute("accounts", visible);
		model.addAttribute("unitsById", unitsById(admin));
		return "account/list";
	}

	@GetMapping("/new")
	String createForm(@AuthenticationPrincipal PortalUser admin, Model model) {
		AccountForm form = new AccountForm();
		form.setUnitId(admin.unitId());
		form.setRole(Role.CLERK);
		return showForm(admin, null, form, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(admin, null, form, model);
		}
		try {
			Account account = this.accounts.create(admin, form.getUsername(), form.getPassword(), form.toData());
			redirect.addFlashAttribute("message", "account.created");
			return "redirect:/admin/accounts/" + account.getId() + "/edit";
		}
		catch (AccountValidationException ex) {
			ex.rejectOn(result);
			return showForm(admin, null, form, model);
		}
	}

	@GetMapping("/{accountId}/edit")
	String editForm(@AuthenticationPrincipal PortalUser admin, @PathVariable long accountId, Model model) {
		Account account = this.accounts.get(admin, accountId);
		return showForm(admin, account, AccountForm.of(account), model);
	}

	@PostMapping("/{accountId}")
	String update(@AuthenticationPrincipal PortalUser admin, @PathVariable long accountId,
			@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Account account = this.accounts.get(admin, accountId);
		if (result.hasErrors()) {
			return showForm(admin, account, form, model);
		}
		try {
			this.accounts.update(admin, accountId, form.getVersion(), form.toData());
			redirect.addFlashAttribute("message", "account.saved");
			return "redirect:/admin/accounts/" + accountId + "/edit";
		}
		catch (AccountValidationException ex) {
			ex.rejectOn(result);
			return showForm(admin, account, form, model);
		}
	}

	@PostMapping("/{accountId}/active")
	String setEnabled(@AuthenticationPrincipal PortalUser admin, @PathVariable long accountId,
			@RequestParam boolean active, RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(admin, accountId, active);
			redirect.addFlashAttribute("message", active ? "account.activated" : "account.deactivated");
		}
		catch (AccountValidationException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/accounts/" + accountId + "/edit";
	}

	@GetMapping("/{accountId}/password")
	String passwordForm(@AuthenticationPrincipal PortalUser admin, @PathVariable long accountId, Model model) {
		model.addAttribute("account", this.accounts.get(admin, accountId));
		model.addAttribute("passwordForm", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/{accountId}/password")
	String resetPassword(@AuthenticationPrincipal PortalUser admin, @PathVariable long accountId,
			@ModelAttribute("passwordForm") PasswordForm passwordForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Account account = this.accounts.get(admin, accountId);
		if (passwordForm.getPassword() == null || !passwordForm.getPassword().equals(passwordForm.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		else {
			try {
				this.accounts.resetPassword(admin, accountId, passwordForm.getPassword());
				redirect.addFlashAttribute("message", "account.password.reset");
				return "redirect:/admin/accounts/" + accountId + "/edit";
			}
			catch (AccountValidationException ex) {
				result.rejectValue("password", ex.messageKey());
			}
		}
		model.addAttribute("account", account);
		return "account/password";
	}

	private String showForm(PortalUser admin, Account account, AccountForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		List<UnitService.UnitNode> tree = this.units.visibleTree(admin);
		model.addAttribute("unitTree", tree);
		List<Leader> leaders = this.units
			.activeLeaders(tree.stream().map((node) -> node.unit().getId()).toList());
		model.addAttribute("leaders", leaders);
		model.addAttribute("unitsById", tree.stream()
			.map(UnitService.UnitNode::unit)
			.collect(Collectors.toMap(Unit::getId, Function.identity())));
		return FORM;
	}

	private Map<Long, Unit> unitsById(PortalUser admin) {
		return this.units.visibleTree(admin)
			.stream()
			.map(UnitService.UnitNode::unit)
			.collect(Collectors.toMap(Unit::getId, Function.identity()));
	}


}
