package vn.ubnd.baocao;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route × every role × own unit / another unit, against the real application and database. The users are
 * the demo accounts of Huyện Phú Sơn; "another unit" is Huyện Tân Hà. A route added to the portal without a row here
 * fails {@link #everyRouteIsInTheMatrix()}.
 */
@PortalIntegrationTest
class AuthorizationMatrixTests {

	private static final Map<Role, String> ACCOUNTS = Map.of(Role.CLERK, "vanthu", Role.COUNCIL_REVIEWER, "hdnd",
			Role.CHAIR, "chutich", Role.ADMIN, "quantri");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLookup accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	Ids own;

	Ids other;

	@BeforeEach
	void findIds() {
		this.own = ids("Huyện Phú Sơn", "vanthu");
		this.other = ids("Huyện Tân Hà", "vanthu2");
	}

	/** The routes, with what each role gets for its own unit and for another unit. */
	List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		// everyone signed in
		routes.add(Route.get("/", (ids) -> "/").everyone(200, 200));
		routes.add(Route.get("/units/{unitId}", (ids) -> "/units/" + ids.unit()).everyone(200, 404));
		routes.add(Route.get("/login", (ids) -> "/login").everyone(302, 302).anonymous(200));
		// administration: ADMIN only, and only within the administrator's units
		routes.add(Route.get("/admin/units", (ids) -> "/admin/units").admin(200, 200));
		routes.add(Route.get("/admin/units/new", (ids) -> "/admin/units/new?parentId=" + ids.unit()).admin(200, 404));
		routes.add(Route.post("/admin/units", (ids) -> "/admin/units", "parentId", "level", "COMMUNE", "name", "")
			.admin(200, 200));
		routes.add(Route.get("/admin/units/{unitId}/edit", (ids) -> "/admin/units/" + ids.unit() + "/edit")
			.admin(200, 404));
		routes.add(Route.post("/admin/units/{unitId}", (ids) -> "/admin/units/" + ids.unit(), null, "name", "")
			.admin(200, 404));
		routes.add(Route.post("/admin/units/{unitId}/active", (ids) -> "/admin/units/" + ids.unit() + "/active",
				null, "active", "true")
			.admin(302, 404));
		routes.add(Route.post("/admin/units/{unitId}/leaders", (ids) -> "/admin/units/" + ids.unit() + "/leaders",
				null, "fullName", "")
			.admin(200, 404));
		routes.add(Route.get("/admin/leaders/{leaderId}/edit", (ids) -> "/admin/leaders/" + ids.leader() + "/edit")
			.admin(200, 404));
		routes.add(Route.post("/admin/leaders/{leaderId}", (ids) -> "/admin/leaders/" + ids.leader(), null,
				"fullName", "")
			.admin(200, 404));
		routes.add(Route.post("/admin/leaders/{leaderId}/active",
				(ids) -> "/admin/leaders/" + ids.leader() + "/active", null, "active", "true")
			.admin(302, 404));
		routes.add(Route.get("/admin/accounts", (ids) -> "/admin/accounts").admin(200, 200));
		routes.add(Route.get("/admin/accounts/new", (ids) -> "/admin/accounts/new").admin(200, 200));
		routes.add(Route.post("/admin/accounts", (ids) -> "/admin/accounts", "unitId", "fullName", "")
			.admin(200, 200));
		routes.add(Route.get("/admin/accounts/{accountId}/edit",
				(ids) -> "/admin/accounts/" + ids.account() + "/edit")
			.admin(200, 404));
		routes.add(Route.post("/admin/accounts/{accountId}", (ids) -> "/admin/accounts/" + ids.account(), null,
				"fullName", "")
			.admin(200, 404));
		routes.add(Route.post("/admin/accounts/{accountId}/active",
				(ids) -> "/admin/accounts/" + ids.account() + "/active", null, "active", "true")
			.admin(302, 404));
		routes.add(Route.get("/admin/accounts/{accountId}/password",
				(ids) -> "/admin/accounts/" + ids.account() + "/password")
			.admin(200, 404));
		routes.add(Route.post("/admin/accounts/{accountId}/password",
				(ids) -> "/admin/accounts/" + ids.account() + "/password", null, "password", "12345678",
				"confirmation", "87654321")
			.admin(200, 404));
		return routes;
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsTheRightStatusForItsOwnUnitAndAnother() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : routes()) {
			for (Role role : Role.values()) {
				PortalUser user = this.accounts.findPortalUser(ACCOUNTS.get(role), (id) -> true).orElseThrow();
				tests.add(DynamicTest.dynamicTest(route + " as " + role + " for own unit",
						() -> assertThat(perform(route, this.own, user)).isEqualTo(route.expected(role, true))));
				tests.add(DynamicTest.dynamicTest(route + " as " + role + " for another unit",
						() -> assertThat(perform(route, this.other, user)).isEqualTo(route.expected(role, false))));
			}
			tests.add(DynamicTest.dynamicTest(route + " anonymously",
					() -> assertThat(perform(route, this.own, null)).isEqualTo(route.anonymous())));
		}
		return tests.stream();
	}

	@Test
	void everyRouteIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, ?> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach((method) -> mapped.add(method + " " + pattern));
			}
		}
		Set<String> covered = new TreeSet<>();
		routes().forEach((route) -> covered.add(route.method() + " " + route.pattern()));
		assertThat(covered).containsExactlyInAnyOrderElementsOf(mapped);
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		PortalUser admin = this.accounts.findPortalUser("quantri", (id) -> true).orElseThrow();
		for (Route route : routes()) {
			if (route.method() == HttpMethod.POST) {
				int status = this.mvc.perform(request(HttpMethod.POST, route.path().apply(this.own)).with(user(admin)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(route.toString()).isEqualTo(403);
			}
		}
	}

	@Test
	void nothingOfAnotherUnitWasChangedByTheMatrix() {
		long created = this.jdbc.sql("select count(*) from unit where name = ''").query(Long.class).single();
		assertThat(created).isZero();
	}

	private int perform(Route route, Ids ids, PortalUser user) throws Exception {
		MockHttpServletRequestBuilder request = request(route.method(), route.path().apply(ids));
		if (route.method() == HttpMethod.POST) {
			request.with(csrf());
			for (int i = 0; i + 1 < route.params().length; i += 2) {
				request.param(route.params()[i], route.params()[i + 1]);
			}
			if (route.unitParam() != null) {
				request.param(route.unitParam(), String.valueOf(ids.unit()));
			}
		}
		if (user != null) {
			request.with(user(user));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private Ids ids(String unitName, String clerk) {
		long unit = this.jdbc.sql("select id from unit where name = ?").param(unitName).query(Long.class).single();
		long leader = this.jdbc.sql("select min(id) from leader where unit_id = ?").param(unit).query(Long.class).single();
		long account = this.jdbc.sql("select id from account where username = ?").param(clerk).query(Long.class).single();
		return new Ids(unit, leader, account);
	}

	record Ids(long unit, long leader, long account) {
	}

	/**
	 * A route; {@code unitParam} names a form field that carries the unit's id; expected statuses per role.
	 */
	record Route(HttpMethod method, String pattern, Function<Ids, String> path, String unitParam, String[] params,
			Map<Role, int[]> statuses, int anonymous) {

		static Route get(String pattern, Function<Ids, String> path) {
			return new Route(HttpMethod.GET, pattern, path, null, new String[0], Map.of(), 302);
		}

		static Route post(String pattern, Function<Ids, String> path, String unitParam, String... params) {
			return new Route(HttpMethod.POST, pattern, path, unitParam, params, Map.of(), 302);
		}

		/** Every role: {@code own} for its own unit, {@code other} for another. */
		Route everyone(int own, int other) {
			Map<Role, int[]> map = new java.util.EnumMap<>(Role.class);
			for (Role role : Role.values()) {
				map.put(role, new int[] { own, other });
			}
			return new Route(this.method, this.pattern, this.path, this.unitParam, this.params, map, this.anonymous);
		}

		/** ADMIN only; every other role is refused (403) whatever the unit. */
		Route admin(int own, int other) {
			Map<Role, int[]> map = new java.util.EnumMap<>(Role.class);
			for (Role role : Role.values()) {
				map.put(role, role == Role.ADMIN ? new int[] { own, other } : new int[] { 403, 403 });
			}
			return new Route(this.method, this.pattern, this.path, this.unitParam, this.params, map, this.anonymous);
		}

		Route anonymous(int status) {
			return new Route(this.method, this.pattern, this.path, this.unitParam, this.params, this.statuses, status);
		}

		int expected(Role role, boolean ownUnit) {
			return this.statuses.get(role)[ownUnit ? 0 : 1];
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
