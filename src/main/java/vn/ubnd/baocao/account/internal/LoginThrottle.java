package vn.ubnd.baocao.account.internal;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per user name in the database, so that every instance of the portal applies the same limit.
 * Names that do not exist are counted like real ones, so the answers do not reveal which names exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from login_throttle where username_key = :key and locked_until > now()")
			.param("key", key(username))
			.query(Long.class)
			.single() > 0;
	}

	/** Records a failure; returns whether the name is now locked. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username) {
		String key = key(username);
		int failures = this.jdbc.sql("""
				insert into login_throttle as t (username_key, failures, first_failure_at) values (:key, 1, now())
				on conflict (username_key) do update set
				    failures = case when t.first_failure_at < now() - make_interval(secs => :window)
				                    then 1 else t.failures + 1 end,
				    first_failure_at = case when t.first_failure_at < now() - make_interval(secs => :window)
				                    then now() else t.first_failure_at end
				returning failures""")
			.param("key", key)
			.param("window", (double) this.properties.window().toSeconds())
			.query(Integer.class)
			.single();
		if (failures < this.properties.maxFailures()) {
			return false;
		}
		this.jdbc.sql("""
				update login_throttle set locked_until = now() + make_interval(secs => :lock),
				    failures = 0, first_failure_at = now()
				where username_key = :key""")
			.param("key", key)
			.param("lock", (double) this.properties.lock().toSeconds())
			.update();
		return true;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		this.jdbc.sql("delete from login_throttle where username_key = :key").param("key", key(username)).update();
	}

	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 60 ? key.substring(0, 60) : key;
	}

}
