package vn.ubnd.baocao.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;
import static vn.ubnd.baocao.MvcForms.page;

/**
 * Every user changes their own password: the current one must be right, the new one typed twice, long enough and
 * different; a refusal says why on the form and changes nothing.
 */
@PortalIntegrationTest
class OwnPasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountLookup lookup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aUserChangesTheirOwnPasswordAndEveryMistakeIsExplained() throws Exception {
		PortalUser admin = this.lookup.findPortalUser("quantri", (id) -> true).orElseThrow();
		this.accounts.create(admin, "doi.matkhau", "mat-khau-cu-1",
				new AccountData("Đỗ Văn Đổi", admin.unitId(), Role.CLERK, null));
		PortalUser user = this.lookup.findPortalUser("doi.matkhau", (id) -> true).orElseThrow();

		assertRefused(user, "current", "sai-roi-123", "mat-khau-moi-2", "mat-khau-moi-2", "Mật khẩu hiện tại không đúng.");
		assertRefused(user, "confirmation", "mat-khau-cu-1", "mat-khau-moi-2", "mat-khau-moi-3",
				"Hai lần nhập mật khẩu không khớp nhau.");
		assertRefused(user, "password", "mat-khau-cu-1", "ngan", "ngan", "Mật khẩu phải có từ 8 đến 100 ký tự.");
		assertRefused(user, "password", "mat-khau-cu-1", "mat-khau-cu-1", "mat-khau-cu-1",
				"Mật khẩu mới phải khác mật khẩu hiện tại.");
		assertThat(this.passwordEncoder.matches("mat-khau-cu-1", hash())).isTrue();

		// taken exactly as typed: spaces at the ends are part of it
		MvcResult changed = this.mvc.perform(form(post("/account/password"), user, "current", "mat-khau-cu-1",
				"password", " mật khẩu mới ", "confirmation", " mật khẩu mới "))
			.andReturn();
		assertThat(changed.getResponse().getStatus()).isEqualTo(302);
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(changed.getFlashMap().get("message")).isEqualTo("account.password.changed");
		assertThat(this.passwordEncoder.matches(" mật khẩu mới ", hash())).isTrue();
		assertThat(this.jdbc.sql("select detail from audit_event where action = 'account.password.own' "
				+ "order by id desc limit 1").query(String.class).single()).isEqualTo("doi.matkhau");
	}

	private void assertRefused(PortalUser user, String field, String current, String password, String confirmation,
			String message) throws Exception {
		Document page = page(this.mvc, form(post("/account/password"), user, "current", current, "password", password,
				"confirmation", confirmation));
		assertThat(page.select("#" + field + ".is-invalid")).as(message).hasSize(1);
		assertThat(page.select(".invalid-feedback").eachText()).as(message).contains(message);
	}

	private String hash() {
		return this.jdbc.sql("select password_hash from account where username = 'doi.matkhau'")
			.query(String.class)
			.single();
	}

}
