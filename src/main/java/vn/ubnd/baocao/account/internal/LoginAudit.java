package vn.ubnd.baocao.account.internal;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Texts;

/**
 * Puts sign-ins, failed sign-ins (under the user name as typed, whether or not it exists) and sign-outs in the audit
 * trail, with the address they came from. A failed sign-in under an existing name is recorded for that account and its
 * unit; under an unknown name, for no unit.
 */
@Component
class LoginAudit {

	private final ApplicationEventPublisher events;

	private final AccountLookup accounts;

	LoginAudit(ApplicationEventPublisher events, AccountLookup accounts) {
		this.events = events;
		this.accounts = accounts;
	}

	@EventListener
	void success(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			this.events.publishEvent(AuditRecord.of(user, "login.success", user.unitId(), null, null,
					address()));
		}
	}

	@EventListener
	void failure(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String typed = attempt.getName();
		String action = (event.getException() instanceof LoginThrottledException) ? "login.throttled"
				: (event.getException() instanceof DisabledException) ? "login.disabled" : "login.failure";
		// looked up as the sign-in looks it up (NFC, no control characters: a NUL byte cannot reach PostgreSQL)
		String cleaned = Texts.clean(typed);
		Optional<PortalUser> account = (cleaned == null) ? Optional.empty()
				: this.accounts.findPortalUser(cleaned, (unitId) -> true);
		this.events.publishEvent(new AuditRecord(account.map(PortalUser::accountId).orElse(null), typed, action,
				account.map(PortalUser::unitId).orElse(null), null, null, address()));
	}

	@EventListener
	void logout(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			this.events.publishEvent(AuditRecord.of(user, "logout", user.unitId(), null, null,
					address()));
		}
	}

	/** The address the request came from (sign-in, sign-out), or {@code null} outside a request. */
	private static String address() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getRemoteAddr() : null;
	}

}
