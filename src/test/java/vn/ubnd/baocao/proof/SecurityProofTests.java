package vn.ubnd.baocao.proof;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * CSRF on every state-changing route, the security headers on every page, session fixation and login throttling,
 * generated from the handler mapping so that routes added later are covered (LoginFlowTests checks the login page's
 * headers, one CSRF refusal, the new session id and the lock of a name; this goes further).
 */
@PortalIntegrationTest
class SecurityProofTests {

	static final List<String> USERS = List.of("vanthu", "hdnd", "chutich", "quantri");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	AccountLookup accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** Real ids of the demo unit (no new data: the CSRF filter refuses before anything is read). */
	private Map<String, String> ids() {
		Map<String, String> ids = new HashMap<>();
		long unit = this.jdbc.sql("select id from unit where name = 'Huyện Phú Sơn'").query(Long.class).single();
		long report = this.jdbc.sql("select min(id) from report where unit_id = ?").param(unit).query(Long.class).single();
		ids.put("unitId", String.valueOf(unit));
		ids.put("reportId", String.valueOf(report));
		ids.put("sectionId", one("select min(id) from report_section where report_id = ?", report));
		ids.put("leaderId", one("select min(id) from leader where unit_id = ?", unit));
		ids.put("accountId", one("select min(id) from account where unit_id = ?", unit));
		ids.put("kindId", one("select min(id) from report_kind where id > ?", 0));
		ids.put("move", "up");
		ids.put("day", "2099-01-01");
		return ids;
	}

	/** The same, with a report submitted twice (the demo's term report), whose versions can be listed and compared. */
	private Map<String, String> versionedIds() {
		Map<String, String> ids = ids();
		ids.put("reportId", one("""
				select v.report_id from report_version v join report r on r.id = v.report_id
				where r.unit_id = ? group by v.report_id having count(*) >= 2 order by v.report_id limit 1""",
				Long.parseLong(ids.get("unitId"))));
		return ids;
	}

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutItsCsrfToken() {
		Map<String, String> ids = ids();
		List<String> paths = new ArrayList<>(List.of("POST /login", "POST /logout"));
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.handlerMapping).changingState()) {
			paths.add(endpoint.method() + " " + endpoint.path(ids));
		}
		assertThat(paths).hasSizeGreaterThan(30);
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : paths) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			tests.add(DynamicTest.dynamicTest(route, () -> {
				List<String> who = new ArrayList<>(USERS);
				who.add(null);
				for (String username : who) {
					for (String token : new String[] { null, "forged-token" }) {
						MockHttpServletRequestBuilder request = request(org.springframework.http.HttpMethod.valueOf(method),
								path);
						if (token != null) {
							request.param("_csrf", token).header("X-CSRF-TOKEN", token);
						}
						if (username != null) {
							request.with(user(portalUser(username)));
						}
						assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus())
							.as(route + " as " + username + " with token " + token)
							.isEqualTo(403);
					}
				}
			}));
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyPageCarriesTheSecurityHeaders() throws Exception {
		Map<String, String> ids = ids();
		Map<String, String> versioned = versionedIds();
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.handlerMapping).reading()) {
			// versions are those of a report submitted twice; the comparison is told which two, and "what changed"
			// answers with a redirect to the comparison
			String route = endpoint.toString();
			boolean versions = route.contains("/versions");
			String path = endpoint.path(versions ? versioned : ids) + (route.endsWith("/versions/compare") ? "?from=1&to=2" : "");
			int ok = route.endsWith("/versions/changes") ? 302 : 200;
			tests.add(DynamicTest.dynamicTest(route, () -> {
				MockHttpServletResponse anonymous = this.mvc.perform(get(path)).andReturn().getResponse();
				assertHeaders(anonymous, path + " anonymously");
				boolean answered = anonymous.getStatus() == ok;
				for (String username : USERS) {
					MockHttpServletResponse response = this.mvc.perform(get(path).with(user(portalUser(username))))
						.andReturn()
						.getResponse();
					assertHeaders(response, path + " as " + username);
					answered |= response.getStatus() == ok;
				}
				assertThat(answered).as(path + " answered 200 to someone").isTrue();
			}));
		}
		for (String path : List.of("/login", "/css/portal.css", "/js/portal.js", "/webjars/htmx.org/dist/htmx.min.js",
				"/images/favicon.svg", "/actuator/health", "/khong-co-trang-nay", "/reports/999999999")) {
			tests.add(DynamicTest.dynamicTest("GET " + path + " anonymously and signed in", () -> {
				assertHeaders(this.mvc.perform(get(path)).andReturn().getResponse(), path);
				assertHeaders(this.mvc.perform(get(path).with(user(portalUser("vanthu")))).andReturn().getResponse(),
						path + " signed in");
			}));
		}
		return tests.stream();
	}

	private static void assertHeaders(MockHttpServletResponse response, String where) {
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as("Content-Security-Policy of " + where).isNotNull();
		Map<String, String> directives = new HashMap<>();
		for (String directive : csp.split(";")) {
			String[] parts = directive.strip().split("\\s+", 2);
			directives.put(parts[0], parts.length > 1 ? parts[1] : "");
		}
		assertThat(directives.get("script-src")).as(where).isIn("'self'", "'none'");
		if (!where.contains("/print")) {
			// the print view, which runs no script at all, keeps the official layout's inline styles
			assertThat(directives.get("style-src")).as(where).doesNotContain("unsafe");
		}
		assertThat(directives.get("frame-ancestors")).as(where).isEqualTo("'none'");
		assertThat(directives.get("object-src")).as(where).isEqualTo("'none'");
		assertThat(directives.get("default-src")).as(where).isIn("'self'", "'none'");
		assertThat(csp).as(where).doesNotContain("unsafe-eval").doesNotContain("*");
		assertThat(response.getHeader("X-Content-Type-Options")).as(where).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).as(where).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("X-Frame-Options")).as(where).isEqualTo("DENY");
	}

	/** htmx runs under that policy only if it evaluates nothing and injects no style element: its config says so. */
	@Test
	void htmxIsConfiguredForThePolicy() throws Exception {
		String home = this.mvc.perform(get("/").with(user(portalUser("vanthu"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String config = Jsoup.parse(home).select("meta[name=htmx-config]").attr("content").replace(" ", "");
		assertThat(config).contains("\"allowEval\":false")
			.contains("\"includeIndicatorStyles\":false")
			.contains("\"allowScriptTags\":false");
		assertThat(Jsoup.parse(home).select("script:not([src])")).as("inline scripts").isEmpty();
		assertThat(Jsoup.parse(home).select("[style]")).as("inline styles").isEmpty();
	}

	@Test
	void aSessionIdPlantedBeforeSignInIsWorthNothingAfterIt() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient victim = client(cookies);
		String token = Jsoup.parse(victim.send(httpGet("/login"), HttpResponse.BodyHandlers.ofString()).body())
			.select("input[name=_csrf]")
			.val();
		String planted = session(cookies);
		assertThat(planted).as("the login page starts a session").isNotNull();
		victim.send(httpPost("/login", "username=vanthu&password=Demo%402026&_csrf=" + token),
				HttpResponse.BodyHandlers.ofString());
		assertThat(session(cookies)).isNotEqualTo(planted);
		// the attacker who planted (or read) the first id is still a stranger
		HttpResponse<String> attacker = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(uri("/")).header("Cookie", "BAOCAO_SESSION=" + planted).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(attacker.statusCode()).isEqualTo(302);
		assertThat(attacker.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void spellingsOfOneNameShareItsFailedLoginCount() throws Exception {
		HttpClient client = client(new CookieManager());
		String location = "";
		for (String name : List.of("Ai-Do-Thu", " ai-do-thu", "AI-DO-THU ", "ai-do-thu", "aI-dO-tHu")) {
			String token = Jsoup.parse(client.send(httpGet("/login"), HttpResponse.BodyHandlers.ofString()).body())
				.select("input[name=_csrf]")
				.val();
			location = client
				.send(httpPost("/login", "username=" + java.net.URLEncoder.encode(name, "UTF-8") + "&password=sai&_csrf="
						+ token), HttpResponse.BodyHandlers.ofString())
				.headers()
				.firstValue("Location")
				.orElse("");
		}
		assertThat(location).endsWith("/login?throttled");
		// another name is not locked by it
		String token = Jsoup.parse(client.send(httpGet("/login"), HttpResponse.BodyHandlers.ofString()).body())
			.select("input[name=_csrf]")
			.val();
		assertThat(client.send(httpPost("/login", "username=ai-khac&password=sai&_csrf=" + token),
				HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		this.jdbc.sql("delete from login_throttle where username_key in ('ai-do-thu', 'ai-khac')").update();
	}

	private String one(String sql, long param) {
		return String.valueOf(this.jdbc.sql(sql).param(param).query(Long.class).single());
	}

	private PortalUser portalUser(String username) {
		return this.accounts.findPortalUser(username, (id) -> true).orElseThrow();
	}

	private static HttpClient client(CookieManager cookies) {
		return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private static String session(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("BAOCAO_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest httpGet(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private HttpRequest httpPost(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
