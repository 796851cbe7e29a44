package vn.ubnd.baocao.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxFailures} failed logins for one user name within {@code window}, that name is refused for
 * {@code lock}, whatever the password.
 */
@ConfigurationProperties("portal.security.login")
record LoginThrottleProperties(int maxFailures, Duration window, Duration lock) {

	LoginThrottleProperties {
		if (maxFailures <= 0) {
			maxFailures = 5;
		}
		if (window == null) {
			window = Duration.ofMinutes(15);
		}
		if (lock == null) {
			lock = Duration.ofMinutes(15);
		}
	}

}
