package vn.ubnd.baocao.proof;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Markup and template expressions typed into every kind of stored text, through the real forms, then every page that
 * shows them: the text is there, as text, and nothing of it runs.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.test.context=hostile-input")
class StoredMarkupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProofFixtures fixtures;

	/** A payload that names where it was typed. */
	static String payload(String where) {
		return "<script>alert('xss-" + where + "')</script>\"><img src=x onerror=alert('xss-" + where + "')>xss[[${7*7}]]";
	}

	@Test
	void storedMarkupIsShownAsTextEverywhere() throws Exception {
		ProofFixtures fixtures = this.fixtures;
		Map<String, String> ids = fixtures.ids("vanthu", "Huyện Phú Sơn");
		PortalUser clerk = fixtures.user("vanthu");
		PortalUser reviewer = fixtures.user("hdnd");
		PortalUser admin = fixtures.user("quantri");
		String draft = ids.get("reportId");
		String submitted = ids.get("submittedId");
		String section = ids.get("sectionId");

		// the clerk writes the draft
		ok(form(post("/reports/" + draft + "/sections/" + section), clerk, "title", payload("title"), "body",
				"- " + payload("body") + "^[" + payload("footnote") + "]", "version",
				version("report_section", section)));
		ok(form(post("/reports/" + draft + "/header"), clerk, "summary", payload("summary"), "addressees",
				payload("addressees"), "opening", payload("opening"), "placeName", "<b>xss-place</b>", "dataFrom",
				"2026-01-01", "dataTo", "2026-06-15", "deadline", "2026-06-20", "version", version("report", draft)));
		ok(form(post("/reports/" + draft + "/closing"), clerk, "recipients", payload("recipients"), "version",
				version("report", draft)));
		ok(form(post("/reports/" + draft + "/checklist/" + ids.get("itemId")), clerk, "done", "true", "note",
				payload("note")));
		MockHttpServletResponse malformed = this.mvc
			.perform(form(post("/reports/" + draft + "/indicators/" + ids.get("indicatorId")), clerk, "actual",
					payload("figure"), "version", "-1"))
			.andReturn()
			.getResponse();
		assertThat(malformed.getStatus()).isEqualTo(422);
		Hostile.assertNoLiveMarkup(malformed.getContentAsString(StandardCharsets.UTF_8), "the indicator's message");

		// the council comments on the submitted report, quoting its text, and returns it with reasons
		String submittedSection = ids.get("submittedSectionId");
		this.jdbc.sql("update report_section set body = ? where id = ?")
			.param("Đoạn có " + payload("quoted") + " trong văn bản.")
			.param(Long.parseLong(submittedSection))
			.update();
		ok(form(post("/reports/" + submitted + "/sections/" + submittedSection + "/comments"), reviewer, "quote",
				payload("quoted"), "text", payload("comment")));
		ok(form(post("/reports/" + submitted + "/comments/" + ids.get("threadId") + "/replies"), reviewer, "text",
				payload("reply")));
		MockHttpServletResponse returned = this.mvc
			.perform(form(post("/reports/" + submitted + "/return"), reviewer, "reasons", payload("reasons")))
			.andReturn()
			.getResponse();
		assertThat(returned.getStatus()).isEqualTo(302);

		// the administrator names things
		String unit = ids.get("unitId");
		long commune = this.jdbc.sql("select id from unit where name = 'Xã Hòa An'").query(Long.class).single();
		ok(form(post("/admin/units/" + commune), admin, "level", "COMMUNE", "parentId", unit, "name",
				payload("unit"), "printedName", "ỦY BAN NHÂN DÂN\n" + payload("printed"), "placeName",
				"<b>xss-unitplace</b>", "symbol", "UBND", "councilName", payload("council"), "version",
				version("unit", String.valueOf(commune))));
		ok(form(post("/admin/units/" + commune + "/leaders"), admin, "fullName", payload("leader"), "position",
				"DEPUTY_CHAIR", "title", payload("leadertitle"), "sortOrder", "7"));
		ok(form(post("/admin/accounts"), admin, "username", "xss.test", "password", "Demo@2026-xss", "fullName",
				payload("account"), "unitId", String.valueOf(commune), "role", "CLERK"));
		ok(form(post("/admin/holidays"), admin, "day", "2099-05-05", "name", payload("holiday")));

		// a clerk imports a file carrying markup
		MockHttpServletResponse imported = this.mvc
			.perform(multipart("/reports/import")
				.file(new MockMultipartFile("file", "xss.txt", "text/plain",
						("ỦY BAN NHÂN DÂN\nHUYỆN PHÚ SƠN\nBÁO CÁO\n" + payload("imported-title") + "\nI. "
								+ payload("imported-heading") + "\n" + payload("imported-text") + "\n")
							.getBytes(StandardCharsets.UTF_8)))
				.param("kindId", ids.get("kindId"))
				.param("year", ids.get("year"))
				.param("number", "1")
				.with(csrf())
				.with(user(clerk)))
			.andReturn()
			.getResponse();
		assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(302);
		String importedId = imported.getRedirectedUrl().replaceAll("\\D", "");

		// every page that shows any of it
		List<String> clerkPages = new ArrayList<>(List.of("/", "/reports", "/register", "/units/" + unit,
				"/units/" + commune));
		for (String report : List.of(draft, submitted, importedId)) {
			for (String suffix : List.of("", "/edit", "/print", "/comments", "/comments?in=editor", "/workflow",
					"/checks", "/indicators")) {
				clerkPages.add("/reports/" + report + suffix);
			}
		}
		StringBuilder seen = new StringBuilder();
		for (String page : clerkPages) {
			seen.append(show(page, clerk)).append('\n');
		}
		for (String page : List.of("/", "/reports/" + submitted, "/reports/" + submitted + "/comments")) {
			seen.append(show(page, reviewer)).append('\n');
		}
		long account = this.jdbc.sql("select id from account where username = 'xss.test'").query(Long.class).single();
		long leader = this.jdbc.sql("select max(id) from leader where unit_id = ?").param(commune).query(Long.class).single();
		for (String page : List.of("/admin/units", "/admin/units/" + commune + "/edit", "/admin/accounts",
				"/admin/accounts/" + account + "/edit", "/admin/leaders/" + leader + "/edit", "/admin/holidays",
				"/admin/report-kinds")) {
			seen.append(show(page, admin)).append('\n');
		}
		for (String where : List.of("title", "body", "footnote", "summary", "addressees", "opening", "recipients",
				"note", "quoted", "comment", "reply", "reasons", "unit", "printed", "council", "leader", "holiday",
				"imported-heading", "imported-text")) {
			assertThat(seen).as("the text typed as " + where + " is shown as text")
				.contains("alert('xss-" + where + "')");
		}
		assertThat(seen).contains("<b>xss-place</b>");

		// the outputs are made from the same text without failing
		for (String output : List.of("/pdf", "/docx")) {
			assertThat(this.mvc.perform(get("/reports/" + draft + output).with(user(clerk)))
				.andReturn()
				.getResponse()
				.getStatus()).as(output).isEqualTo(200);
		}
		MockHttpServletResponse json = this.mvc.perform(get("/api/reports/" + draft).with(user(clerk)))
			.andReturn()
			.getResponse();
		assertThat(json.getContentType()).startsWith("application/json");
		assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("xss-title");
	}

	private String version(String table, String id) {
		return String.valueOf(this.jdbc.sql("select version from " + table + " where id = ?")
			.param(Long.parseLong(id))
			.query(Long.class)
			.single());
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, PortalUser user,
			String... params) {
		request.with(csrf()).with(user(user));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private void ok(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body.length() > 600 ? body.substring(0, 600) : body).isIn(200, 302);
		if (response.getStatus() == 200) {
			Document page = Jsoup.parse(body);
			assertThat(page.select(".is-invalid, .alert-danger, .text-danger")).as("refused: " + page.text()).isEmpty();
		}
		Hostile.assertNoLiveMarkup(body, "the answer to the save");
	}

	/** The page's HTML, which must be 200 and carry nothing live; its text (and its inputs' values) is returned. */
	private String show(String path, PortalUser user) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		Hostile.assertNoLiveMarkup(html, path);
		Document page = Jsoup.parse(html);
		return page.text() + " " + String.join(" ", page.select("input").eachAttr("value"));
	}

}
