package vn.ubnd.baocao.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in over real HTTP, as a browser does: the form, its CSRF token, the session cookie (kept in PostgreSQL).
 */
@PortalIntegrationTest
class LoginFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "vanthu, Nguyễn Thị Lan, Văn thư (Văn phòng HĐND-UBND), Báo cáo của đơn vị",
			"hdnd, Trần Văn Hùng, Thường trực HĐND, Thẩm tra báo cáo",
			"chutich, Lê Minh Khang, Chủ tịch / Phó Chủ tịch UBND, Báo cáo chờ ký",
			"phochutich, Phạm Thị Thu Hà, Chủ tịch / Phó Chủ tịch UBND, Báo cáo chờ ký",
			"quantri, Hoàng Đức Tâm, Quản trị hệ thống, Quản trị",
			"vanthu2, Bùi Thị Mai, Văn thư (Văn phòng HĐND-UBND), Báo cáo của đơn vị" })
	void eachDemoAccountSignsInAndSeesTheHomeOfItsRole(String username, String fullName, String role, String heading)
			throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.signIn(username, "Demo@2026");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));

		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(home.body());
		assertThat(page.select("h1").text()).isEqualTo("Xin chào, " + fullName);
		assertThat(page.select(".user-identity").text()).contains(role);
		assertThat(page.select("main h2").eachText()).contains(heading);
	}

	@Test
	void theLoginPageIsVietnameseAndShowsTheDemoAccounts() throws Exception {
		HttpResponse<String> page = new Browser().get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("html").attr("lang")).isEqualTo("vi");
		assertThat(document.select("label[for=username]").text()).isEqualTo("Tên đăng nhập");
		assertThat(document.select("label[for=password]").text()).isEqualTo("Mật khẩu");
		assertThat(document.select(".demo-accounts code").eachText()).contains("vanthu", "hdnd", "chutich",
				"phochutich", "quantri", "vanthu2");
		assertThat(document.text()).contains("Demo@2026");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndTheSessionLivesInPostgres() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.signIn("vanthu", "Demo@2026");
		String cookie = login.headers().allValues("Set-Cookie").stream()
			.filter((c) -> c.startsWith("BAOCAO_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
		long sessions = this.jdbc.sql("select count(*) from spring_session where principal_name = 'vanthu'")
			.query(Long.class)
			.single();
		assertThat(sessions).isPositive();
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		Browser browser = new Browser();
		browser.get("/login");
		String before = browser.sessionId();
		browser.signIn("hdnd", "Demo@2026");
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void aWrongPasswordIsRefusedWithAVietnameseMessage() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.signIn("vanthu2", "sai-mat-khau");
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		Document page = Jsoup.parse(browser.get("/login?error").body());
		assertThat(page.select(".alert-danger").text()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void repeatedFailuresLockTheNameEvenForTheRightPassword() throws Exception {
		Browser browser = new Browser();
		String lastLocation = "";
		for (int i = 0; i < 5; i++) {
			lastLocation = browser.signIn("chutich2", "sai-" + i).headers().firstValue("Location").orElse("");
		}
		assertThat(lastLocation).endsWith("/login?throttled");
		HttpResponse<String> right = browser.signIn("chutich2", "Demo@2026");
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?throttled"));
		Document page = Jsoup.parse(browser.get("/login?throttled").body());
		assertThat(page.select(".alert-warning").text()).startsWith("Tài khoản tạm khóa");
		this.jdbc.sql("delete from login_throttle").update();
		assertThat(browser.signIn("chutich2", "Demo@2026").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("login"));
	}

	@Test
	void unknownNamesAreThrottledLikeRealOnes() throws Exception {
		Browser browser = new Browser();
		String lastLocation = "";
		for (int i = 0; i < 5; i++) {
			lastLocation = browser.signIn("khong-ton-tai", "x").headers().firstValue("Location").orElse("");
		}
		assertThat(lastLocation).endsWith("/login?throttled");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		Browser browser = new Browser();
		browser.get("/login");
		HttpResponse<String> response = browser.post("/login",
				Map.of("username", "vanthu", "password", "Demo@2026"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		HttpResponse<String> page = new Browser().get("/login");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-eval"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void healthIsPublicAndMetricsNeedAnAdministrator() throws Exception {
		assertThat(new Browser().get("/actuator/health").statusCode()).isEqualTo(200);
		Browser clerk = new Browser();
		clerk.signIn("vanthu", "Demo@2026");
		assertThat(clerk.get("/actuator/metrics").statusCode()).isEqualTo(403);
		Browser admin = new Browser();
		admin.signIn("quantri", "Demo@2026");
		assertThat(admin.get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Browser browser = new Browser();
		browser.signIn("vanthu", "Demo@2026");
		Document home = Jsoup.parse(browser.get("/").body());
		String token = home.select("form[action=/logout] input[name=_csrf]").val();
		HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", token));
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?logout"));
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	/** A client that keeps cookies and does not follow redirects. */
	class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
			Document loginPage = Jsoup.parse(get("/login").body());
			Map<String, String> form = new LinkedHashMap<>();
			form.put("username", username);
			form.put("password", password);
			form.put("_csrf", loginPage.select("input[name=_csrf]").val());
			return post("/login", form);
		}

		String sessionId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> c.getName().equals("BAOCAO_SESSION"))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + LoginFlowTests.this.port + path);
		}

	}

}
