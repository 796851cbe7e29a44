package vn.ubnd.baocao.account.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins for this name: refused for a while, whatever the password.
 */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("login throttled");
	}

}
