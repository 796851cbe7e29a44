package vn.ubnd.baocao.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Password sign-in with the failed-login throttle in front of it.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountLookup accounts, UnitService units, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(new PortalUserDetailsService(accounts, units));
		this.delegate.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		// a name is looked up as the portal stores text (NFC, no control characters): a NUL byte would otherwise
		// reach PostgreSQL, which refuses it with an error instead of "wrong name or password"
		String cleaned = Texts.clean(authentication.getName());
		String username = cleaned == null ? "" : cleaned;
		if (this.throttle.isLocked(username)) {
			throw new LoginThrottledException();
		}
		try {
			Authentication result = this.delegate
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (this.throttle.recordFailure(username)) {
				throw new LoginThrottledException();
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
