package vn.ubnd.baocao.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.BaoCaoApplication;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.AuditRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal on a PostgreSQL server configured with {@code SPRING_DATASOURCE_URL}, as a user who is not a superuser:
 * one who may create roles (the migration creates the application's role), one for whom a database administrator
 * created it beforehand, and one who may do neither (the portal starts, runs as that user and says so in its log). A
 * new database and login role in the tests' PostgreSQL stand for each server.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApplicationRoleTests {

	/** A password, for servers that do not trust local connections (a PostgreSQL container). */
	private static final String PASSWORD = "Mat-khau-thu-1";

	@Autowired
	AuditRows rows;

	@Autowired
	DataSource dataSource;

	@Test
	void aUserWhoMayCreateRolesGetsTheRestrictedRoleCreatedByTheMigration() throws Exception {
		superuser("create role role_test_creator login createrole password '" + PASSWORD + "'",
				"create database role_test_a owner role_test_creator");
		try (ConfigurableApplicationContext portal = start("role_test_a", "role_test_creator", "role_test_app_a")) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select session_user || ' ' || current_user").query(String.class).single())
				.isEqualTo("role_test_creator role_test_app_a");
			portal.publishEvent(new AuditRecord(null, "khach", "login.failure", null, null, null, null));
			assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isOne();
			assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause()
				.hasMessageContaining("permission denied for table audit_event");
			assertThat(jdbc.sql("insert into holiday (day, name) values ('2099-01-02', 'Nghỉ') ").update()).isOne();
			assertThat(portal.getBean(AuditTrail.class).verify().intact()).isTrue();
		}
		// started again, with nothing left to migrate, it switches as well
		try (ConfigurableApplicationContext portal = start("role_test_a", "role_test_creator", "role_test_app_a")) {
			assertThat(portal.getBean(JdbcClient.class).sql("select current_user").query(String.class).single())
				.isEqualTo("role_test_app_a");
		}
	}

	@Test
	void aRoleCreatedByADatabaseAdministratorIsUsedWithoutTheRightToCreateRoles() throws Exception {
		superuser("create role role_test_owner_b login password '" + PASSWORD + "'",
				"create role role_test_app_b nologin",
				"grant role_test_app_b to role_test_owner_b", "create database role_test_b owner role_test_owner_b");
		try (ConfigurableApplicationContext portal = start("role_test_b", "role_test_owner_b", "role_test_app_b")) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("role_test_app_b");
			assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = ''").update()).rootCause()
				.hasMessageContaining("permission denied for table audit_event");
		}
	}

	@Test
	void aUserWhoMayNotCreateRolesRunsAsItselfAndTheLogSaysWhatToDo(CapturedOutput output) throws Exception {
		superuser("create role role_test_owner_c login password '" + PASSWORD + "'",
				"create database role_test_c owner role_test_owner_c");
		try (ConfigurableApplicationContext portal = start("role_test_c", "role_test_owner_c", "role_test_app_c")) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("role_test_owner_c");
			assertThat(output.getOut()).contains("role role_test_app_c does not exist and role_test_owner_c may not "
					+ "create roles")
				.contains("The portal's connections run as the configured user role_test_owner_c, not as the "
						+ "restricted role role_test_app_c")
				.contains("CREATE ROLE role_test_app_c NOLOGIN; GRANT role_test_app_c TO role_test_owner_c");
			portal.publishEvent(new AuditRecord(null, "khach", "login.failure", null, null, null, null));
			// the owner could change the trail but for the trigger
			assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause()
				.hasMessageContaining("audit_event is append-only");
		}
		// a database administrator does what the log said; at the next start the role gets its rights and is used
		superuser("create role role_test_app_c nologin", "grant role_test_app_c to role_test_owner_c");
		try (ConfigurableApplicationContext portal = start("role_test_c", "role_test_owner_c", "role_test_app_c")) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("role_test_app_c");
			assertThat(jdbc.sql("select count(*) from report_kind").query(Long.class).single()).isPositive();
			assertThat(portal.getBean(AuditTrail.class).verify().rows()).isEqualTo(1);
			assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause()
				.hasMessageContaining("permission denied for table audit_event");
		}
	}

	private ConfigurableApplicationContext start(String database, String user, String role) throws SQLException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		String url = hikari.getJdbcUrl().substring(0, hikari.getJdbcUrl().lastIndexOf('/') + 1) + database;
		// arguments, so that they win over the tests' application.properties (demo data on)
		return new SpringApplicationBuilder(BaoCaoApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + PASSWORD,
				"--portal.database.application-role=" + role, "--server.port=0", "--portal.demo=false",
				"--spring.main.banner-mode=off");
	}

	private void superuser(String... statements) throws SQLException {
		try (Connection connection = this.rows.privileged(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
