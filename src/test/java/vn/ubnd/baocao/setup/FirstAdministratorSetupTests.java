package vn.ubnd.baocao.setup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a server database without demo data, the first start creates the top unit and its administrator.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "portal.demo=false", "portal.setup.unit-name=Tỉnh Sông Xanh",
		"portal.setup.place-name=Sông Xanh", "portal.setup.admin-password=Bat-dau-2026" })
class FirstAdministratorSetupTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Environment environment;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void theLoginPageShowsNoDemoAccountsWithoutDemoMode() throws Exception {
		String page = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tên đăng nhập").doesNotContain("Demo@2026").doesNotContain("demo-accounts");
	}

	@Test
	void createsTheTopUnitAndItsAdministratorAndNoDemoData() {
		assertThat(this.environment.getActiveProfiles()).doesNotContain("demo");
		assertThat(this.jdbc.sql("select name, level, printed_name, council_name, parent_id is null from unit")
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
					+ rs.getString(4) + "|" + rs.getBoolean(5))
			.list()).containsExactly(
					"Tỉnh Sông Xanh|PROVINCE|ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH|Hội đồng nhân dân tỉnh Sông Xanh|true");
		String hash = this.jdbc.sql("select password_hash from account where username = 'quantri' and role = 'ADMIN'")
			.query(String.class)
			.single();
		assertThat(this.passwordEncoder.matches("Bat-dau-2026", hash)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
	}

}
