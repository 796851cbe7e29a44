package vn.ubnd.baocao.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The portal's own database connections run as a restricted role ({@value #DEFAULT_ROLE} unless
 * {@value #PROPERTY} says otherwise), which may not update, delete or truncate the audit trail, while Flyway migrates
 * as the configured user, the owner of the tables.
 * <p>
 * How: Flyway gets its own, unpooled connections as the configured user (instead of the pool's, which will switch
 * role). After every migration, as that user, {@value #SCRIPT} creates the role if that user may create roles and
 * grants it the usual rights on every table but only {@code SELECT} and {@code INSERT} on {@code audit_event} (again
 * at each start, so later tables are granted, and a role created later by a database administrator is put to use).
 * Then, before the pool opens its first connection, this class tries {@code SET ROLE} once on a connection of its
 * own: if that works, every connection of the pool starts with it (Hikari's {@code connectionInitSql}); if not (the
 * role is missing, or the configured user may not use it), the portal runs as the configured user, with the audit
 * trail protected by its trigger alone, and the log says so in a warning that tells what to do.
 */
final class ApplicationRole implements BeanPostProcessor, FlywayConfigurationCustomizer, Callback {

	static final String PROPERTY = "portal.database.application-role";

	static final String DEFAULT_ROLE = "baocao_app";

	static final String SCRIPT = "db/application-role.sql";

	/** A plain PostgreSQL identifier, so that it needs no quoting rules of its own. */
	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final Logger log = LoggerFactory.getLogger(ApplicationRole.class);

	private final String role;

	private final boolean flywayEnabled;

	private volatile HikariDataSource pool;

	ApplicationRole(Environment environment) {
		String name = environment.getProperty(PROPERTY, DEFAULT_ROLE).strip();
		if (!name.isEmpty() && !NAME.matcher(name).matches()) {
			throw new IllegalStateException(PROPERTY + " must be a plain PostgreSQL role name (lower-case letters, "
					+ "digits and _), or empty for none; got '" + name + "'");
		}
		this.role = name;
		this.flywayEnabled = environment.getProperty("spring.flyway.enabled", Boolean.class, true);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && this.pool == null) {
			this.pool = hikari;
			if (!this.flywayEnabled) {
				switchPoolToRole();
			}
		}
		return bean;
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		if (configuration.getDataSource() instanceof HikariDataSource hikari) {
			// the pool's connections will run as the role: migrate as the configured user, on connections of its own
			if (this.pool == null) {
				this.pool = hikari;
			}
			configuration.dataSource(direct(hikari));
		}
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		if (!this.role.isEmpty()) {
			grant(context.getConfiguration().getDataSource(), context.getConfiguration().getTable());
		}
		switchPoolToRole();
	}

	@Override
	public String getCallbackName() {
		return "portal-application-role";
	}

	/** Runs {@value #SCRIPT} as the migrating user, on a connection of its own, and logs what it warns about. */
	private void grant(DataSource migrating, String flywayTable) {
		String script = script().replace("${application_role}", this.role)
			.replace("${flyway_table}", flywayTable.replace("'", "''"));
		try (Connection connection = migrating.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(script);
			for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
				log.warn("Setting up the role {}: {}", this.role, warning.getMessage());
			}
		}
		catch (SQLException ex) {
			log.warn("Could not set up the role {} as the migrating user: {}", this.role, ex.getMessage().strip());
		}
	}

	private static String script() {
		try (InputStream in = ApplicationRole.class.getClassLoader().getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException(SCRIPT + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes every connection the pool opens switch to the role, if the configured user may use it. */
	void switchPoolToRole() {
		HikariDataSource hikari = this.pool;
		if (hikari == null) {
			return;
		}
		if (this.role.isEmpty()) {
			log.warn("{} is empty: the portal's connections run as the configured user {}, who could change the "
					+ "audit trail if it were not for its trigger", PROPERTY, hikari.getUsername());
			return;
		}
		String setRole = "set role " + this.role;
		try (Connection connection = direct(hikari).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(setRole);
		}
		catch (SQLException ex) {
			log.warn("The portal's connections run as the configured user {}, not as the restricted role {} ({}). "
					+ "The audit trail is then protected by its trigger alone. To fix it, have a database "
					+ "administrator run: CREATE ROLE {} NOLOGIN; GRANT {} TO {}; then restart the portal, which "
					+ "grants the role its rights (see README, 'Running against an existing PostgreSQL').",
					hikari.getUsername(), this.role, ex.getMessage().strip(), this.role, this.role,
					hikari.getUsername());
			return;
		}
		if (hikari.isRunning()) {
			throw new IllegalStateException("The connection pool was opened before the database migrations ended, "
					+ "so its connections cannot switch to the role " + this.role);
		}
		String initSql = hikari.getConnectionInitSql();
		hikari.setConnectionInitSql((initSql == null || initSql.isBlank()) ? setRole : initSql + ";\n" + setRole);
		log.info("The portal's connections sign in as {} and switch to the role {}: no UPDATE, DELETE or TRUNCATE "
				+ "on the audit trail", hikari.getUsername(), this.role);
	}

	/** Unpooled connections as the pool's configured user, without the switch to the role. */
	private static DataSource direct(HikariDataSource hikari) {
		return DataSourceBuilder.derivedFrom(hikari).type(SimpleDriverDataSource.class).build();
	}

}
