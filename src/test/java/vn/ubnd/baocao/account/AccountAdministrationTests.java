package vn.ubnd.baocao.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ubnd.baocao.MvcForms;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administering accounts through the pages.
 */
@PortalIntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	PasswordEncoder passwordEncoder;

	PortalUser admin;

	long phuSon;

	@BeforeEach
	void setUp() {
		this.admin = this.lookup.findPortalUser("quantri", (id) -> true).orElseThrow();
		this.phuSon = this.jdbc.sql("select id from unit where name = 'Huyện Phú Sơn'").query(Long.class).single();
	}

	@Test
	void passwordsAreStoredHashedWithBcrypt() {
		String hash = this.jdbc.sql("select password_hash from account where username = 'vanthu'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Demo@2026");
		assertThat(this.passwordEncoder.matches("Demo@2026", hash)).isTrue();
	}

	@Test
	void anAdministratorCreatesAClerk() throws Exception {
		MvcResult result = this.mvc.perform(form(post("/admin/accounts"), "username", "VanThu.Moi", "password",
				"mat-khau-dai", "fullName", "Lý Thị Hoa", "unitId", String.valueOf(this.phuSon), "role", "CLERK"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.lookup.findPortalUser("vanthu.moi", (id) -> true)).hasValueSatisfying((user) -> {
			assertThat(user.fullName()).isEqualTo("Lý Thị Hoa");
			assertThat(user.unitId()).isEqualTo(this.phuSon);
		});
	}

	@Test
	void aDuplicateUserNameIsRefusedOnTheForm() throws Exception {
		Document page = page(form(post("/admin/accounts"), "username", "VANTHU", "password", "mat-khau-dai",
				"fullName", "Người Khác", "unitId", String.valueOf(this.phuSon), "role", "CLERK"));
		assertThat(page.select(".invalid-feedback").text()).isEqualTo("Tên đăng nhập này đã được dùng.");
		assertThat(this.jdbc.sql("select count(*) from account where full_name = 'Người Khác'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badEntriesGetVietnameseMessages() throws Exception {
		Document page = page(form(post("/admin/accounts"), "username", "Tên có dấu", "password", "ngan",
				"fullName", "", "unitId", String.valueOf(this.phuSon), "role", "CLERK"));
		assertThat(page.select(".invalid-feedback").eachText()).contains("Vui lòng nhập họ và tên.");
		Document second = page(form(post("/admin/accounts"), "username", "Tên có dấu", "password", "ngan",
				"fullName", "Ai Đó", "unitId", String.valueOf(this.phuSon), "role", "CLERK"));
		assertThat(second.select(".invalid-feedback").text()).startsWith("Tên đăng nhập chỉ gồm chữ thường");
	}

	@Test
	void aChairAccountNeedsALeaderOfItsUnit() throws Exception {
		Document page = page(form(post("/admin/accounts"), "username", "chutich-moi", "password", "mat-khau-dai",
				"fullName", "Chủ Tịch Mới", "unitId", String.valueOf(this.phuSon), "role", "CHAIR"));
		assertThat(page.select(".invalid-feedback").text())
			.isEqualTo("Tài khoản Chủ tịch / Phó Chủ tịch phải gắn với một lãnh đạo của đơn vị.");
	}

	@Test
	void anAdministratorResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
		long id = this.jdbc.sql("select id from account where username = 'hdnd'").query(Long.class).single();
		Document mismatch = page(form(post("/admin/accounts/" + id + "/password"), "password", "Moi@2026-abc",
				"confirmation", "khac-han"));
		assertThat(mismatch.select(".invalid-feedback").text()).isEqualTo("Hai lần nhập mật khẩu không khớp nhau.");
		MvcResult reset = this.mvc.perform(form(post("/admin/accounts/" + id + "/password"), "password",
				"Moi@2026-abc", "confirmation", "Moi@2026-abc"))
			.andReturn();
		assertThat(reset.getResponse().getStatus()).isEqualTo(302);
		String hash = this.jdbc.sql("select password_hash from account where id = ?").param(id)
			.query(String.class)
			.single();
		assertThat(this.passwordEncoder.matches("Moi@2026-abc", hash)).isTrue();
		assertThat(this.passwordEncoder.matches("Demo@2026", hash)).isFalse();
		this.mvc.perform(form(post("/admin/accounts/" + id + "/password"), "password", "Demo@2026", "confirmation",
				"Demo@2026"));
	}

	@Test
	void anAdministratorCannotLockThemself() throws Exception {
		MvcResult result = this.mvc
			.perform(form(post("/admin/accounts/" + this.admin.accountId() + "/active"), "active", "false"))
			.andReturn();
		assertThat(result.getFlashMap().get("error")).isEqualTo("account.error.deactivate-self");
		assertThat(this.jdbc.sql("select enabled from account where username = 'quantri'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aLockedAccountCannotSignIn() throws Exception {
		long id = this.jdbc.sql("select id from account where username = 'vanthu2'").query(Long.class).single();
		this.jdbc.sql("update account set enabled = false where id = ?").param(id).update();
		try {
			assertThat(this.lookup.findPortalUser("vanthu2", (unit) -> true)).hasValueSatisfying(
					(user) -> assertThat(user.isEnabled()).isFalse());
		}
		finally {
			this.jdbc.sql("update account set enabled = true where id = ?").param(id).update();
		}
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return MvcForms.page(this.mvc, request);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... params) {
		return MvcForms.form(request, this.admin, params);
	}

}
