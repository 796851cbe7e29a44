package vn.ubnd.baocao.checking;

import java.text.Normalizer;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ubnd.baocao.MvcForms;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.SubmissionBlockedException;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * Justifications of checker errors, over HTTP and through the real workflow and database: who may write one and
 * when, what the panel, the report page and the API show, that a justified error no longer blocks submission, and
 * that a justification stops applying when the finding changes.
 */
@PortalIntegrationTest
@RecordApplicationEvents
class JustificationTests {

	/** 270 of 300 is 90%, not 95%: one error in the section. */
	static final String WRONG = "Thu ngân sách ước đạt 270 tỷ đồng, đạt 95% dự toán Hội đồng nhân dân huyện giao "
			+ "(300 tỷ đồng).";

	static final String REASON = "Tỷ lệ tính trên dự toán điều chỉnh theo Nghị quyết số 12/NQ-HĐND (284,2 tỷ đồng).";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportService reports;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReportChecks checks;

	@Autowired
	ApplicationEvents events;

	PortalUser clerk;

	PortalUser reviewer;

	PortalUser otherClerk;

	Report report;

	ReportSection section;

	@BeforeEach
	void draftWithAWrongRatio() {
		this.clerk = account("vanthu");
		this.reviewer = account("hdnd");
		this.otherClerk = account("vanthu2");
		this.report = this.fixtures.draft("vanthu");
		this.section = this.report.childrenOf(null).get(0);
		edit(this.section, WRONG);
	}

	@Test
	void aJustifiedErrorNoLongerBlocksSubmissionAndEveryoneSeesWhyAndWhoAndWhen() throws Exception {
		JsonNode before = api(this.clerk).get(0);
		assertThat(before.get("code").asString()).isEqualTo("RATIO_MISMATCH");
		assertThat(before.get("section").asString()).isEqualTo("I");
		assertThat(before.get("sectionId").asLong()).isEqualTo(this.section.getId());
		assertThat(before.has("justification")).isTrue();
		assertThat(before.get("justification").isNull()).isTrue();
		String fingerprint = before.get("fingerprint").asString();
		assertThat(fingerprint).matches("[0-9a-f]{64}");
		assertThat(this.workflow.blockingFindings(this.clerk, this.report.getId())).hasSize(1);
		assertThatExceptionOfType(SubmissionBlockedException.class)
			.isThrownBy(() -> this.workflow.submit(this.clerk, this.report.getId()));

		// the editor's panel offers the form beside the error
		Document panel = panel(this.clerk, "");
		Element finding = panel.selectFirst(".finding-error");
		assertThat(finding.attr("data-fingerprint")).isEqualTo(fingerprint);
		assertThat(finding.select("form[action$=/checks/justification] input[name=fingerprint]").val())
			.isEqualTo(fingerprint);

		// typed decomposed (NFD), stored composed (NFC)
		MvcResult justified = justify(this.clerk, fingerprint, Normalizer.normalize(REASON, Normalizer.Form.NFD));
		assertThat(justified.getResponse().getStatus()).isEqualTo(200);
		assertThat(justified.getResponse().getHeader("HX-Trigger")).isEqualTo("checks-changed");
		Document answer = Jsoup.parse(justified.getResponse().getContentAsString());
		Element done = answer.selectFirst(".finding-error.finding-justified");
		assertThat(done).isNotNull();
		assertThat(done.select(".justification-text").text()).isEqualTo(REASON);
		assertThat(done.select(".justification").text()).contains(this.clerk.fullName() + ", lúc");
		assertThat(done.select("form[action$=/withdraw]")).hasSize(1);
		assertThat(done.select(".justification-new")).isEmpty();
		assertThat(answer.select(".checks-summary").text())
			.isEqualTo("Phát hiện 1 lỗi và 0 cảnh báo; 1 lỗi đã được giải trình, còn 0 lỗi chưa sửa hoặc chưa giải trình:");
		// the section's badge counts what is still to be seen to
		assertThat(answer.select("#findings-" + this.section.getId() + " .badge")).isEmpty();
		String stored = this.jdbc.sql("select text from check_justification where report_id = ?")
			.param(this.report.getId())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(REASON);
		assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
		assertThat(audits("checker.justify")).singleElement().satisfies((audit) -> {
			assertThat(audit.reportId()).isEqualTo(this.report.getId());
			assertThat(audit.sectionId()).isEqualTo(this.section.getId());
			assertThat(audit.actorAccountId()).isEqualTo(this.clerk.accountId());
			assertThat(audit.detail()).startsWith("RATIO_MISMATCH [I] «").endsWith(REASON);
		});

		JsonNode after = api(this.clerk).get(0);
		assertThat(after.get("fingerprint").asString()).isEqualTo(fingerprint);
		assertThat(after.get("justification").get("text").asString()).isEqualTo(REASON);
		assertThat(after.get("justification").get("author").asString()).isEqualTo(this.clerk.fullName());
		assertThat(after.get("justification").get("writtenAt").asString()).isNotBlank();
		assertThat(this.workflow.blockingFindings(this.clerk, this.report.getId())).isEmpty();

		// the justified report is submitted; the council reviewer reads the justification on the report page
		this.workflow.submit(this.clerk, this.report.getId());
		Document page = panel(this.reviewer, "page");
		Element seen = page.selectFirst(".finding-error.finding-justified");
		assertThat(seen.select(".justification-text").text()).isEqualTo(REASON);
		assertThat(page.select("form")).isEmpty();
		assertThat(page.select(".section-findings")).isEmpty();
		assertThat(MvcForms.page(this.mvc, get("/reports/" + this.report.getId()).with(user(this.reviewer)))
			.select(".checks-page #findings[hx-get$=in=page]")).hasSize(1);
		// and once submitted, the clerk may neither justify nor withdraw: 409 with the reason, nothing changes
		for (MvcResult refused : List.of(justify(this.clerk, fingerprint, "Khác"), withdraw(this.clerk, fingerprint))) {
			assertThat(refused.getResponse().getStatus()).isEqualTo(409);
			assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select(".alert").text())
				.isEqualTo("Báo cáo đã được trình nên không thể ghi hoặc rút giải trình.");
		}
		assertThat(api(this.clerk).get(0).get("justification").get("text").asString()).isEqualTo(REASON);
	}

	@Test
	void onlyTheClerkOfTheReportsUnitJustifiesAndTheTextMustBeThere() throws Exception {
		String fingerprint = api(this.clerk).get(0).get("fingerprint").asString();
		assertThat(justify(this.reviewer, fingerprint, REASON).getResponse().getStatus()).isEqualTo(403);
		assertThat(withdraw(this.reviewer, fingerprint).getResponse().getStatus()).isEqualTo(403);
		assertThat(justify(this.otherClerk, fingerprint, REASON).getResponse().getStatus()).isEqualTo(404);
		assertThat(panel(this.reviewer, "").select("form")).isEmpty();

		MvcResult blank = justify(this.clerk, fingerprint, "   \n ");
		assertThat(blank.getResponse().getStatus()).isEqualTo(422);
		Element form = Jsoup.parse(blank.getResponse().getContentAsString()).selectFirst(".justification-new");
		assertThat(form.hasAttr("open")).isTrue();
		assertThat(form.select(".invalid-feedback").text()).isEqualTo("Hãy ghi rõ vì sao số liệu này đúng.");
		MvcResult tooLong = justify(this.clerk, fingerprint, "x".repeat(ReportChecks.MAX_TEXT + 1));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		Element typed = Jsoup.parse(tooLong.getResponse().getContentAsString()).selectFirst(".justification-new");
		assertThat(typed.select("textarea").text()).hasSize(ReportChecks.MAX_TEXT + 1);
		assertThat(typed.select(".invalid-feedback").text()).contains("2.000 ký tự");
		// a finding that is not there (any more)
		MvcResult gone = justify(this.clerk, "0".repeat(64), REASON);
		assertThat(gone.getResponse().getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(gone.getResponse().getContentAsString()).select(".alert").text())
			.startsWith("Điểm này không còn trong kết quả kiểm tra");
		assertThat(count()).isZero();
		assertThat(audits("checker.justify")).isEmpty();
	}

	@Test
	void aJustificationStopsApplyingWhenTheFindingChangesAndIsWithdrawnWhileEditable() throws Exception {
		String fingerprint = api(this.clerk).get(0).get("fingerprint").asString();
		assertThat(justify(this.clerk, fingerprint, REASON).getResponse().getStatus()).isEqualTo(200);
		// other text of the section changes, the finding does not: still justified
		edit(this.section, "Kinh tế ổn định.\n" + WRONG);
		assertThat(api(this.clerk).get(0).get("justification").isNull()).isFalse();
		// the figure changes: another finding, the justification no longer applies and is listed as such
		edit(this.section, WRONG.replace("95%", "96%"));
		JsonNode changed = api(this.clerk).get(0);
		assertThat(changed.get("fingerprint").asString()).isNotEqualTo(fingerprint);
		assertThat(changed.get("justification").isNull()).isTrue();
		assertThat(this.workflow.blockingFindings(this.clerk, this.report.getId())).hasSize(1);
		Document panel = panel(this.clerk, "");
		assertThat(panel.select(".stale-justifications summary").text())
			.isEqualTo("1 giải trình không còn áp dụng vì nội dung đã được sửa");
		assertThat(panel.select(".stale-justifications").text()).contains(REASON);
		// the text comes back: so does the justification
		edit(this.section, WRONG);
		assertThat(api(this.clerk).get(0).get("justification").get("text").asString()).isEqualTo(REASON);
		assertThat(this.workflow.blockingFindings(this.clerk, this.report.getId())).isEmpty();

		MvcResult withdrawn = withdraw(this.clerk, fingerprint);
		assertThat(withdrawn.getResponse().getStatus()).isEqualTo(200);
		assertThat(withdrawn.getResponse().getHeader("HX-Trigger")).isEqualTo("checks-changed");
		assertThat(Jsoup.parse(withdrawn.getResponse().getContentAsString()).select(".finding-justified")).isEmpty();
		assertThat(count()).isZero();
		assertThat(this.workflow.blockingFindings(this.clerk, this.report.getId())).hasSize(1);
		assertThat(audits("checker.unjustify")).singleElement()
			.satisfies((audit) -> assertThat(audit.detail()).startsWith("RATIO_MISMATCH [I] «"));
		// withdrawing again does nothing
		assertThat(withdraw(this.clerk, fingerprint).getResponse().getStatus()).isEqualTo(200);
		assertThat(audits("checker.unjustify")).hasSize(1);
	}

	@Test
	void theSameWordsInAnotherSectionAreAnotherFindingAndAWarningIsNotJustified() throws Exception {
		ReportSection other = this.report.childrenOf(null).get(1);
		edit(other, WRONG);
		JsonNode findings = api(this.clerk);
		assertThat(findings).hasSize(2);
		assertThat(findings.get(0).get("fingerprint").asString())
			.isNotEqualTo(findings.get(1).get("fingerprint").asString());
		assertThat(justify(this.clerk, findings.get(1).get("fingerprint").asString(), REASON).getResponse()
			.getStatus()).isEqualTo(200);
		JsonNode after = api(this.clerk);
		assertThat(after.get(0).get("justification").isNull()).isTrue();
		assertThat(after.get(1).get("justification").get("text").asString()).isEqualTo(REASON);
		assertThat(after.get(1).get("section").asString()).isEqualTo("II");

		// shares that do not make 100% are a warning: it does not block, and there is nothing to justify
		edit(this.section, "Dân số gồm nhiều dân tộc (Kinh 60%, Khmer 30%, dân tộc khác 5%).");
		JsonNode warning = api(this.clerk).get(0);
		assertThat(warning.get("severity").asString()).isEqualTo("WARNING");
		assertThat(panel(this.clerk, "").select(".finding-warning .justification-new")).isEmpty();
		assertThat(justify(this.clerk, warning.get("fingerprint").asString(), REASON).getResponse().getStatus())
			.isEqualTo(409);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from check_justification where report_id = ?")
			.param(this.report.getId())
			.query(Long.class)
			.single();
	}

	private List<AuditRecord> audits(String action) {
		return this.events.stream(AuditRecord.class)
			.filter((a) -> a.action().equals(action) && a.reportId() != null && a.reportId() == this.report.getId())
			.toList();
	}

	private JsonNode api(PortalUser user) throws Exception {
		MvcResult json = this.mvc.perform(get("/api/reports/" + this.report.getId() + "/checks").with(user(user)))
			.andReturn();
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		return new ObjectMapper().readTree(json.getResponse().getContentAsString());
	}

	private Document panel(PortalUser user, String in) throws Exception {
		return MvcForms.page(this.mvc,
				get("/reports/" + this.report.getId() + "/checks").param("in", in).with(user(user)));
	}

	private MvcResult justify(PortalUser user, String fingerprint, String text) throws Exception {
		return this.mvc
			.perform(form(post("/reports/" + this.report.getId() + "/checks/justification"), user, "fingerprint",
					fingerprint, "text", text))
			.andReturn();
	}

	private MvcResult withdraw(PortalUser user, String fingerprint) throws Exception {
		return this.mvc
			.perform(form(post("/reports/" + this.report.getId() + "/checks/justification/withdraw"), user,
					"fingerprint", fingerprint))
			.andReturn();
	}

	private void edit(ReportSection section, String body) {
		Report current = this.reports.readable(this.clerk, this.report.getId());
		ReportSection fresh = current.findSection(section.getId()).orElseThrow();
		this.reports.editSection(this.clerk, this.report.getId(), fresh.getId(), fresh.getVersion(), fresh.getTitle(),
				body);
	}

	private PortalUser account(String username) {
		return this.fixtures.user(username);
	}

}
