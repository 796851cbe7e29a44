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

	@Autowired
	vn.ubnd.baocao.report.ReportService reports;

	@Autowired
	vn.ubnd.baocao.report.ReportKindService kinds;

	@Autowired
	vn.ubnd.baocao.indicator.IndicatorService indicators;

	@Autowired
	vn.ubnd.baocao.workflow.ReportWorkflow workflow;

	@BeforeEach
	void findIds() {
		this.own = ids("Huyện Phú Sơn", "vanthu");
		this.other = ids("Huyện Tân Hà", "vanthu2");
	}

	/** A draft of the unit with a section and a checklist item (made through the real services). */
	private long[] report(String clerk) {
		PortalUser user = this.accounts.findPortalUser(clerk, (id) -> true).orElseThrow();
		vn.ubnd.baocao.report.ReportKind kind = this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == vn.ubnd.baocao.report.PeriodType.HALF_YEAR)
			.filter((k) -> k.getOutline().contains("NEXT_TASKS"))
			.findFirst()
			.orElseThrow();
		vn.ubnd.baocao.report.Report first = this.reports.create(user,
				new vn.ubnd.baocao.report.ReportService.NewReport(kind.getId(), 2090, 1, null, null, false));
		vn.ubnd.baocao.report.ReportSection tasks = first.numberedSections()
			.stream()
			.map((n) -> n.section())
			.filter((s) -> s.getRole() == vn.ubnd.baocao.report.SectionRole.NEXT_TASKS)
			.findFirst()
			.orElseThrow();
		this.reports.editSection(user, first.getId(), tasks.getId(), tasks.getVersion(), tasks.getTitle(),
				"- Một nhiệm vụ");
		vn.ubnd.baocao.report.Report second = this.reports.create(user,
				new vn.ubnd.baocao.report.ReportService.NewReport(kind.getId(), 2090, 2, null, null, true));
		long indicator = this.indicators.catalogue(user.unitId(), kind.getId()).get(0).getId();
		vn.ubnd.baocao.report.Report submitted = this.reports.create(user,
				new vn.ubnd.baocao.report.ReportService.NewReport(kind.getId(), 2089, 2, null, null, false));
		this.workflow.submit(user, submitted.getId());
		return new long[] { second.getId(), second.childrenOf(null).get(0).getId(),
				second.getChecklist().get(0).getId(), kind.getId(), indicator, submitted.getId() };
	}

	/** The routes, with what each role gets for its own unit and for another unit. */
	List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		// everyone signed in
		routes.add(Route.get("/", (ids) -> "/").everyone(200, 200));
		routes.add(Route.get("/units/{unitId}", (ids) -> "/units/" + ids.unit()).everyone(200, 404));
		routes.add(Route.get("/login", (ids) -> "/login").everyone(302, 302).anonymous(200));
		// everyone changes their own password (a mismatched confirmation: the form again, nothing changed)
		routes.add(Route.get("/account/password", (ids) -> "/account/password").everyone(200, 200));
		routes.add(Route.post("/account/password", (ids) -> "/account/password", null, "current", "sai",
				"password", "12345678", "confirmation", "87654321")
			.everyone(200, 200));
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
		// a unit's signing certificate; in demo mode a demo one is made for a unit without (the demo units have one:
		// nothing is made, back to the page)
		routes.add(Route.get("/admin/units/{unitId}/certificate", (ids) -> "/admin/units/" + ids.unit() + "/certificate")
			.admin(200, 404));
		routes.add(Route.post("/admin/units/{unitId}/certificate/demo",
				(ids) -> "/admin/units/" + ids.unit() + "/certificate/demo", null)
			.admin(302, 404));
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
		// reports: every role reads its unit's reports; only a clerk writes, and only its own unit's
		routes.add(Route.get("/reports", (ids) -> "/reports").everyone(200, 200));
		routes.add(Route.get("/reports/new", (ids) -> "/reports/new").clerk(200, 200, 403, 403));
		routes.add(Route.post("/reports", (ids) -> "/reports", null, "year", "2091").clerk(200, 200, 403, 403));
		routes.add(Route.get("/reports/{reportId}", (ids) -> "/reports/" + ids.report()).everyone(200, 404));
		routes.add(Route.get("/reports/{reportId}/print", (ids) -> "/reports/" + ids.report() + "/print")
			.everyone(200, 404));
		routes.add(Route.get("/reports/{reportId}/pdf", (ids) -> "/reports/" + ids.report() + "/pdf").everyone(200, 404));
		routes.add(Route.get("/reports/{reportId}/docx", (ids) -> "/reports/" + ids.report() + "/docx")
			.everyone(200, 404));
		routes.add(Route.get("/reports/import", (ids) -> "/reports/import").clerk(200, 200, 403, 403));
		routes.add(Route.get("/reports/{reportId}/checks", (ids) -> "/reports/" + ids.report() + "/checks")
			.everyone(200, 404));
		routes.add(Route.get("/api/reports/{reportId}/checks", (ids) -> "/api/reports/" + ids.report() + "/checks")
			.everyone(200, 404));
		// justifications of checker errors: the clerk of the report's unit, while it is editable (a blank text: 422;
		// withdrawing a justification there is none of changes nothing: 200); a reviewer cannot (403)
		routes.add(Route.post("/reports/{reportId}/checks/justification",
				(ids) -> "/reports/" + ids.report() + "/checks/justification", null, "fingerprint", "0", "text", "")
			.clerk(422, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/checks/justification/withdraw",
				(ids) -> "/reports/" + ids.report() + "/checks/justification/withdraw", null, "fingerprint", "0")
			.clerk(200, 404, 403, 404));
		routes.add(Route.post("/reports/import", (ids) -> "/reports/import", null, "year", "2091")
			.clerk(200, 200, 403, 403));
		routes.add(Route.get("/api/reports/{reportId}", (ids) -> "/api/reports/" + ids.report()).everyone(200, 404));
		routes.add(Route.get("/reports/{reportId}/edit", (ids) -> "/reports/" + ids.report() + "/edit")
			.clerk(200, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/header", (ids) -> "/reports/" + ids.report() + "/header", null,
				"summary", "", "version", "0")
			.clerk(422, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/closing", (ids) -> "/reports/" + ids.report() + "/closing", null,
				"recipients", "Như trên;", "version", "-1")
			.clerk(409, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/sections", (ids) -> "/reports/" + ids.report() + "/sections",
				null)
			.clerk(200, 404, 403, 404));
		routes.add(Route.get("/reports/{reportId}/sections/{sectionId}",
				(ids) -> "/reports/" + ids.report() + "/sections/" + ids.section())
			.clerk(200, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/sections/{sectionId}",
				(ids) -> "/reports/" + ids.report() + "/sections/" + ids.section(), null, "title", "T", "body", "B",
				"version", "-1")
			.clerk(409, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/sections/{sectionId}/{move:up|down|indent|outdent|delete}",
				(ids) -> "/reports/" + ids.report() + "/sections/" + ids.section() + "/up", null)
			.clerk(200, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/checklist/{itemId}",
				(ids) -> "/reports/" + ids.report() + "/checklist/" + ids.checklistItem(), null, "done", "true")
			.clerk(200, 404, 403, 404));
		// indicators: read with the report; written by its clerk (a malformed number is refused: 422)
		routes.add(Route.get("/reports/{reportId}/indicators", (ids) -> "/reports/" + ids.report() + "/indicators")
			.everyone(200, 404));
		routes.add(Route.post("/reports/{reportId}/indicators/{indicatorId}",
				(ids) -> "/reports/" + ids.report() + "/indicators/" + ids.indicator(), null, "actual", "1,2,3",
				"version", "-1")
			.clerk(422, 404, 403, 404));
		// council comments: read with the report; a council reviewer opens threads on a submitted report (the
		// matrix's report is a draft: 409); the reviewer and the report's clerk reply (blank text: 422); the reviewer
		// resolves and reopens (the threads were opened while the report was submitted, before it went back to draft)
		routes.add(Route.get("/reports/{reportId}/comments", (ids) -> "/reports/" + ids.report() + "/comments")
			.everyone(200, 404));
		routes.add(Route.post("/reports/{reportId}/sections/{sectionId}/comments",
				(ids) -> "/reports/" + ids.report() + "/sections/" + ids.section() + "/comments", null, "text", "Ý kiến")
			.only(Role.COUNCIL_REVIEWER, 409, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/comments/{threadId}/replies",
				(ids) -> "/reports/" + ids.report() + "/comments/" + thread(ids, 0) + "/replies", null, "text", "")
			.only(Role.COUNCIL_REVIEWER, 422, 404, 403, 404)
			.with(Role.CLERK, 422, 404));
		routes.add(Route.post("/reports/{reportId}/comments/{threadId}/resolve",
				(ids) -> "/reports/" + ids.report() + "/comments/" + thread(ids, 1) + "/resolve", null)
			.only(Role.COUNCIL_REVIEWER, 200, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/comments/{threadId}/reopen",
				(ids) -> "/reports/" + ids.report() + "/comments/" + thread(ids, 2) + "/reopen", null)
			.only(Role.COUNCIL_REVIEWER, 200, 404, 403, 404));
		// report kinds and holidays: administrators
		// workflow: each transition for its one role of the report's own unit; the matrix's draft and submitted
		// reports are in states that refuse it (409), so nothing moves; another unit's reports are not even seen
		routes.add(Route.get("/reports/{reportId}/workflow", (ids) -> "/reports/" + ids.report() + "/workflow")
			.everyone(200, 404));
		routes.add(Route.post("/reports/{reportId}/submit", (ids) -> "/reports/" + ids.submitted() + "/submit", null)
			.clerk(409, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/return", (ids) -> "/reports/" + ids.submitted() + "/return", null)
			.only(Role.COUNCIL_REVIEWER, 422, 404, 403, 404)
			.with(Role.CHAIR, 409, 404));
		routes.add(Route.post("/reports/{reportId}/accept", (ids) -> "/reports/" + ids.report() + "/accept", null)
			.only(Role.COUNCIL_REVIEWER, 409, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/approve", (ids) -> "/reports/" + ids.report() + "/approve", null,
				"sign", "true")
			.only(Role.CHAIR, 409, 404, 403, 404));
		routes.add(Route.post("/reports/{reportId}/issue", (ids) -> "/reports/" + ids.report() + "/issue", null)
			.only(Role.CHAIR, 409, 404, 403, 404));
		// versions: read with the report (the matrix's submitted report has its version 1; with a single version
		// "what changed" goes back to the list)
		routes.add(Route.get("/reports/{reportId}/versions", (ids) -> "/reports/" + ids.submitted() + "/versions")
			.everyone(200, 404));
		routes.add(Route.get("/reports/{reportId}/versions/compare",
				(ids) -> "/reports/" + ids.submitted() + "/versions/compare?from=1&to=current")
			.everyone(200, 404));
		routes.add(Route.get("/reports/{reportId}/versions/changes",
				(ids) -> "/reports/" + ids.submitted() + "/versions/changes")
			.everyone(302, 404));
		routes.add(Route.get("/register", (ids) -> "/register").everyone(200, 200));
		// verification of an uploaded PDF: every signed-in user; a post without a file is refused on the form (422)
		routes.add(Route.get("/verify", (ids) -> "/verify").everyone(200, 200));
		routes.add(Route.post("/verify", (ids) -> "/verify", null).everyone(422, 422));
		routes.add(Route.get("/admin/report-kinds", (ids) -> "/admin/report-kinds").admin(200, 200));
		routes.add(Route.get("/admin/report-kinds/{kindId}/edit",
				(ids) -> "/admin/report-kinds/" + ids.kind() + "/edit")
			.admin(200, 200));
		routes.add(Route.post("/admin/report-kinds/{kindId}", (ids) -> "/admin/report-kinds/" + ids.kind(), null,
				"yaml", "", "version", "0")
			.admin(200, 200));
		// the catalogue of indicators: an administrator, for the units within theirs (another's is not found); a
		// form with mistakes is shown again (200); moving the first indicator up and activating an active one change
		// nothing
		routes.add(Route.get("/admin/units/{unitId}/indicators",
				(ids) -> "/admin/units/" + ids.unit() + "/indicators?kind=" + ids.kind())
			.admin(200, 404));
		routes.add(Route.post("/admin/units/{unitId}/indicators",
				(ids) -> "/admin/units/" + ids.unit() + "/indicators?kind=" + ids.kind(), null, "code", "", "name", "")
			.admin(200, 404));
		routes.add(Route.get("/admin/indicators/{indicatorId}/edit",
				(ids) -> "/admin/indicators/" + ids.indicator() + "/edit")
			.admin(200, 404));
		routes.add(Route.post("/admin/indicators/{indicatorId}", (ids) -> "/admin/indicators/" + ids.indicator(),
				null, "name", "", "decimals", "x")
			.admin(200, 404));
		routes.add(Route.post("/admin/indicators/{indicatorId}/move",
				(ids) -> "/admin/indicators/" + ids.indicator() + "/move", null, "direction", "up")
			.admin(302, 404));
		routes.add(Route.post("/admin/indicators/{indicatorId}/active",
				(ids) -> "/admin/indicators/" + ids.indicator() + "/active", null, "active", "true")
			.admin(302, 404));
		routes.add(Route.get("/admin/holidays", (ids) -> "/admin/holidays").admin(200, 200));
		// overview, indicators across periods and units, search: every role, for its own unit and those below it;
		// another unit (as a filter) is not found
		routes.add(Route.get("/overview", (ids) -> "/overview?unitId=" + ids.unit() + "&kindId=" + ids.kind()
				+ "&year=2090&number=1")
			.everyone(200, 404));
		routes.add(Route.get("/overview/csv", (ids) -> "/overview/csv?unitId=" + ids.unit() + "&kindId=" + ids.kind()
				+ "&year=2090&number=1")
			.everyone(200, 404));
		routes.add(Route.get("/overview/xlsx", (ids) -> "/overview/xlsx?unitId=" + ids.unit() + "&kindId="
				+ ids.kind() + "&year=2090&number=1")
			.everyone(200, 404));
		routes.add(Route.get("/overview/indicators", (ids) -> "/overview/indicators?unitId=" + ids.unit()
				+ "&kindId=" + ids.kind())
			.everyone(200, 404));
		routes.add(Route.get("/overview/indicators/units", (ids) -> "/overview/indicators/units?unitId=" + ids.unit()
				+ "&kindId=" + ids.kind() + "&year=2090&number=1")
			.everyone(200, 404));
		routes.add(Route.get("/search", (ids) -> "/search?q=thu+ng%C3%A2n+s%C3%A1ch&unitId=" + ids.unit())
			.everyone(200, 404));
		routes.add(Route.post("/admin/holidays", (ids) -> "/admin/holidays", null, "name", "").admin(302, 302));
		routes.add(Route.post("/admin/holidays/{day}/delete", (ids) -> "/admin/holidays/2099-01-01/delete", null)
			.admin(302, 302));
		// the audit trail: administrators only; another unit's report filters to nothing (200, no rows)
		routes.add(Route.get("/admin/audit", (ids) -> "/admin/audit?report=" + ids.report()).admin(200, 200));
		routes.add(Route.get("/admin/audit/verify", (ids) -> "/admin/audit/verify").admin(200, 200));
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

	private static final java.util.Map<String, long[]> REPORTS = new java.util.concurrent.ConcurrentHashMap<>();

	private Ids ids(String unitName, String clerk) {
		long unit = this.jdbc.sql("select id from unit where name = ?").param(unitName).query(Long.class).single();
		long leader = this.jdbc.sql("select min(id) from leader where unit_id = ?").param(unit).query(Long.class).single();
		long account = this.jdbc.sql("select id from account where username = ?").param(clerk).query(Long.class).single();
		long[] report = REPORTS.computeIfAbsent(clerk, this::report);
		return new Ids(unit, leader, account, report[0], report[1], report[2], report[3], report[4], report[5]);
	}

	private static final java.util.Map<Long, long[]> THREADS = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	vn.ubnd.baocao.review.ReviewComments comments;

	/**
	 * The comment threads of the matrix's report, opened by a council reviewer of its unit while it was submitted,
	 * before the reviewer returned it (through the real workflow): one open to reply to, one open to resolve, one resolved to reopen.
	 */
	private long thread(Ids ids, int which) {
		return THREADS.computeIfAbsent(ids.report(), (reportId) -> {
			PortalUser hdnd = this.accounts.findPortalUser("hdnd", (id) -> true).orElseThrow();
			PortalUser reviewer = new PortalUser(hdnd.accountId(), hdnd.getUsername(), null, hdnd.fullName(),
					ids.unit(), Role.COUNCIL_REVIEWER, null, true);
			PortalUser clerk = this.accounts.findPortalUser(this.jdbc
				.sql("select username from account where unit_id = ? and role = 'CLERK' order by id limit 1")
				.param(ids.unit())
				.query(String.class)
				.single(), (id) -> true).orElseThrow();
			this.workflow.submit(clerk, reportId);
			long[] threads = new long[3];
			for (int i = 0; i < threads.length; i++) {
				threads[i] = this.comments.open(reviewer, reportId, ids.section(), null, "Ý kiến " + i).id();
			}
			this.comments.resolve(reviewer, reportId, threads[2]);
			this.workflow.returnForRevision(reviewer, reportId, "Bổ sung số liệu");
			return threads;
		})[which];
	}

	record Ids(long unit, long leader, long account, long report, long section, long checklistItem, long kind,
			long indicator, long submitted) {
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

		/** A clerk gets {@code clerkOwn}/{@code clerkOther}; every other role {@code restOwn}/{@code restOther}. */
		Route clerk(int clerkOwn, int clerkOther, int restOwn, int restOther) {
			return only(Role.CLERK, clerkOwn, clerkOther, restOwn, restOther);
		}

		/** {@code role} gets {@code own}/{@code other}; every other role {@code restOwn}/{@code restOther}. */
		Route only(Role chosen, int own, int other, int restOwn, int restOther) {
			Map<Role, int[]> map = new java.util.EnumMap<>(Role.class);
			for (Role role : Role.values()) {
				map.put(role, role == chosen ? new int[] { own, other } : new int[] { restOwn, restOther });
			}
			return new Route(this.method, this.pattern, this.path, this.unitParam, this.params, map, this.anonymous);
		}

		/** Changes what one role gets. */
		Route with(Role role, int own, int other) {
			Map<Role, int[]> map = new java.util.EnumMap<>(this.statuses);
			map.put(role, new int[] { own, other });
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
