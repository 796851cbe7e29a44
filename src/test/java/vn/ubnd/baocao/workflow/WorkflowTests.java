package vn.ubnd.baocao.workflow;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStateException;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * The workflow over HTTP and through the service: the whole journey (the clerk submits, the reviewer comments and
 * returns, the clerk revises and resubmits, the reviewer sees what changed and accepts, the deputy chair signs, the
 * report is issued with its number and its PDF verifies), and every transition refused for the wrong role, the wrong
 * unit and the wrong state.
 */
@PortalIntegrationTest
class WorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportService reports;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	WorkflowFixtures fixtures;

	@Test
	void journeyFromDraftToIssuedOverHttp() throws Exception {
		PortalUser clerk = this.fixtures.user("vanthu");
		PortalUser reviewer = this.fixtures.user("hdnd");
		PortalUser deputy = this.fixtures.user("phochutich");
		Report written = this.fixtures.draft("vanthu");
		long id = written.getId();
		var top = written.childrenOf(null).get(0);
		this.reports.editSection(clerk, id, top.getId(), top.getVersion(), top.getTitle(), "Kinh tế tiếp tục ổn định.");

		// the clerk sees the submit button on the report page's panel, and submits
		Document panel = panel(clerk, id);
		assertThat(panel.select("form[action$=/submit] button").text()).isEqualTo("Trình Thường trực HĐND");
		assertThat(this.mvc.perform(form(post("/reports/" + id + "/submit"), clerk)).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/reports/" + id);
		assertThat(status(id)).isEqualTo(ReportStatus.SUBMITTED);
		// submitted: the editor refuses
		assertThat(this.mvc.perform(get("/reports/" + id + "/edit").with(user(clerk))).andReturn().getResponse()
			.getStatus()).isEqualTo(409);

		// the reviewer comments on the first section, quoting its words
		assertThat(this.mvc.perform(form(post("/reports/" + id + "/sections/" + top.getId() + "/comments"),
				reviewer, "quote", "ổn định", "text", "Đề nghị bổ sung số liệu so với cùng kỳ."))
			.andReturn()
			.getResponse()
			.getStatus()).isLessThan(400);
		assertThat(this.jdbc.sql("select count(*) from review_thread where report_id = ? and status = 'OPEN'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);

		// the reviewer returns it; without a reason it stays submitted, with a Vietnamese message
		MvcResult noReason = this.mvc
			.perform(form(post("/reports/" + id + "/return"), reviewer, "reasons", "  \n ").header("HX-Request", "true"))
			.andReturn();
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(noReason.getResponse().getContentAsString()).select(".alert-danger").text())
			.isEqualTo("Cần nêu ít nhất một lý do trả lại.");
		assertThat(status(id)).isEqualTo(ReportStatus.SUBMITTED);
		MvcResult returned = this.mvc
			.perform(form(post("/reports/" + id + "/return"), reviewer, "reasons",
					"Bổ sung số liệu thu ngân sách\nSửa lỗi chính tả ở mục II")
				.header("HX-Request", "true"))
			.andReturn();
		assertThat(returned.getResponse().getStatus()).isEqualTo(204);
		assertThat(returned.getResponse().getHeader("HX-Redirect")).isEqualTo("/reports/" + id);
		assertThat(status(id)).isEqualTo(ReportStatus.RETURNED);

		// the clerk sees the reasons, revises and resubmits
		Document returnedPanel = panel(clerk, id);
		assertThat(returnedPanel.select(".workflow-history li li").eachText())
			.containsExactly("Bổ sung số liệu thu ngân sách", "Sửa lỗi chính tả ở mục II");
		Report report = this.reports.readable(clerk, id);
		var section = report.childrenOf(null).get(0);
		this.reports.editSection(clerk, id, section.getId(), section.getVersion(), section.getTitle(),
				"Thu ngân sách đạt kế hoạch.");
		this.mvc.perform(form(post("/reports/" + id + "/submit"), clerk)).andReturn();
		assertThat(status(id)).isEqualTo(ReportStatus.SUBMITTED);

		// the reviewer sees in one click what changed since the return: the revised words, inserted and deleted
		MvcResult changes = this.mvc.perform(get("/reports/" + id + "/versions/changes").with(user(reviewer)))
			.andReturn();
		assertThat(changes.getResponse().getRedirectedUrl()).endsWith("/versions/compare?from=1&to=2");
		Document diff = Jsoup.parse(this.mvc
			.perform(get(changes.getResponse().getRedirectedUrl()).with(user(reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(diff.select("ins").text()).contains("Thu ngân sách đạt kế hoạch.");

		// the reviewer accepts; the deputy chair approves and signs in one step
		this.mvc.perform(form(post("/reports/" + id + "/accept"), reviewer)).andReturn();
		assertThat(status(id)).isEqualTo(ReportStatus.ACCEPTED);
		Document chairPanel = panel(deputy, id);
		assertThat(chairPanel.select("form[action$=/approve] button").text()).isEqualTo("Phê duyệt");
		this.mvc.perform(form(post("/reports/" + id + "/approve"), deputy, "sign", "true")).andReturn();
		Report issued = this.reports.readable(clerk, id);
		assertThat(issued.getStatus()).isEqualTo(ReportStatus.ISSUED);
		assertThat(issued.getSignatureTitle()).isEqualTo("PHÓ CHỦ TỊCH");
		assertThat(issued.getSignerName()).isEqualTo(deputy.fullName());
		assertThat(issued.getIssueDate()).isEqualTo(java.time.LocalDate.now(ReportWorkflow.VIETNAM));
		assertThat(issued.getNumberAndSymbol()).matches("\\d{2,}/BC-UBND");

		// the history has every step, and the register lists it
		assertThat(this.workflow.history(clerk, id)).extracting(ReportWorkflow.Step::to)
			.containsExactly(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.SUBMITTED,
					ReportStatus.ACCEPTED, ReportStatus.APPROVED, ReportStatus.ISSUED);
		Document register = Jsoup.parse(this.mvc.perform(get("/register").with(user(clerk))).andReturn()
			.getResponse().getContentAsString());
		assertThat(register.select("a[href=/reports/" + id + "]").text()).isEqualTo(issued.getNumberAndSymbol());
		assertThat(register.select("tr:has(a[href=/reports/" + id + "])").text()).contains(deputy.fullName(),
				"KT. CHỦ TỊCH", issued.getSummary());

		// the issued PDF is the signed one, and the verification page recognises it as intact and issued here
		byte[] pdf = this.mvc.perform(get("/reports/" + id + "/pdf").with(user(clerk)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Document verified = Jsoup.parse(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/verify")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "bao-cao.pdf", "application/pdf", pdf))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(user(clerk)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(verified.select("#verify-result").attr("class")).contains("border-success");
		assertThat(verified.select("#verify-result").text()).contains(issued.getNumberAndSymbol(), deputy.fullName());

		// issued: immutable, and issuing again is refused with 409
		assertThat(this.mvc.perform(form(post("/reports/" + id + "/issue"), deputy)).andReturn().getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(this.mvc.perform(form(post("/reports/" + id + "/submit"), clerk)).andReturn().getResponse()
			.getStatus()).isEqualTo(409);
	}

	@Test
	void everyTransitionRefusesTheWrongRole() {
		long submitted = this.fixtures.submitted();
		long accepted = this.fixtures.accepted();
		long draft = this.fixtures.draft("vanthu").getId();
		for (String name : List.of("hdnd", "chutich", "quantri")) {
			PortalUser user = this.fixtures.user(name);
			assertThatThrownBy(() -> this.workflow.submit(user, draft)).isInstanceOf(AccessDeniedException.class);
		}
		for (String name : List.of("vanthu", "chutich", "quantri")) {
			PortalUser user = this.fixtures.user(name);
			assertThatThrownBy(() -> this.workflow.accept(user, submitted)).isInstanceOf(AccessDeniedException.class);
		}
		for (String name : List.of("vanthu", "quantri")) {
			PortalUser user = this.fixtures.user(name);
			assertThatThrownBy(() -> this.workflow.returnForRevision(user, submitted, "Lý do"))
				.isInstanceOf(AccessDeniedException.class);
		}
		for (String name : List.of("vanthu", "hdnd", "quantri")) {
			PortalUser user = this.fixtures.user(name);
			assertThatThrownBy(() -> this.workflow.approve(user, accepted)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.workflow.approveAndIssue(user, accepted))
				.isInstanceOf(AccessDeniedException.class);
		}
		// only the leader who approved signs
		long approved = this.fixtures.approved("chutich");
		assertThatThrownBy(() -> this.workflow.issue(this.fixtures.user("phochutich"), approved))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(status(submitted)).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(status(accepted)).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(status(approved)).isEqualTo(ReportStatus.APPROVED);
	}

	@Test
	void everyTransitionRefusesAnotherUnit() {
		long draft = this.fixtures.draft("vanthu").getId();
		long submitted = this.fixtures.submitted();
		long accepted = this.fixtures.accepted();
		long approved = this.fixtures.approved("chutich");
		// Tân Hà's clerk and chair cannot even see Phú Sơn's reports
		assertThatThrownBy(() -> this.workflow.submit(this.fixtures.user("vanthu2"), draft))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.approve(this.fixtures.user("chutich2"), accepted))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.issue(this.fixtures.user("chutich2"), approved))
			.isInstanceOf(NotFoundException.class);
		// the province administrator reads them (a unit above) but acts on none
		PortalUser provinceAdmin = this.fixtures.user("quantri");
		assertThat(this.reports.mayRead(provinceAdmin, this.reports.readable(this.fixtures.user("vanthu"), submitted)))
			.isTrue();
		assertThatThrownBy(() -> this.workflow.accept(provinceAdmin, submitted))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(status(draft)).isEqualTo(ReportStatus.DRAFT);
		assertThat(status(submitted)).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void everyTransitionRefusesTheWrongState() {
		PortalUser clerk = this.fixtures.user("vanthu");
		PortalUser reviewer = this.fixtures.user("hdnd");
		PortalUser chair = this.fixtures.user("chutich");
		long draft = this.fixtures.draft("vanthu").getId();
		long submitted = this.fixtures.submitted();
		long accepted = this.fixtures.accepted();
		assertThatThrownBy(() -> this.workflow.accept(reviewer, draft)).isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.returnForRevision(reviewer, draft, "Lý do"))
			.isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.approve(chair, draft)).isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.submit(clerk, submitted)).isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.approve(chair, submitted)).isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.returnForRevision(chair, submitted, "Lý do"))
			.isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.issue(chair, accepted)).isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.accept(reviewer, accepted)).isInstanceOf(ReportStateException.class);
		assertThatThrownBy(() -> this.workflow.returnForRevision(reviewer, accepted, "Lý do"))
			.isInstanceOf(ReportStateException.class);
		// the chair returns an accepted report, with reasons only
		assertThatThrownBy(() -> this.workflow.returnForRevision(chair, accepted, ""))
			.isInstanceOf(InputRejectedException.class);
		this.workflow.returnForRevision(chair, accepted, "Cần làm rõ chỉ tiêu thu ngân sách");
		assertThat(status(accepted)).isEqualTo(ReportStatus.RETURNED);
		assertThat(status(draft)).isEqualTo(ReportStatus.DRAFT);
		assertThat(status(submitted)).isEqualTo(ReportStatus.SUBMITTED);
		// nothing was recorded for the refused ones
		assertThat(this.jdbc.sql("select count(*) from report_transition where report_id = :id")
			.param("id", draft)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void wrongStateOverHttpIsA409WithAVietnameseMessage() throws Exception {
		long draft = this.fixtures.draft("vanthu").getId();
		MvcResult result = this.mvc
			.perform(form(post("/reports/" + draft + "/accept"), this.fixtures.user("hdnd")).header("HX-Request", "true"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select(".alert-danger").text())
			.isEqualTo("Báo cáo đang ở trạng thái “Dự thảo”, không chuyển sang “Thường trực HĐND đã chấp thuận” được.");
	}

	@Test
	void theQueueShowsEachActorWhatWaitsForThem() {
		long submitted = this.fixtures.submitted();
		long accepted = this.fixtures.accepted();
		long approvedByDeputy = this.fixtures.approved("phochutich");
		assertThat(queue("hdnd")).contains(submitted).doesNotContain(accepted);
		assertThat(queue("chutich")).contains(accepted).doesNotContain(submitted, approvedByDeputy);
		assertThat(queue("phochutich")).contains(accepted, approvedByDeputy);
		assertThat(queue("vanthu")).doesNotContain(submitted, accepted);
		this.workflow.returnForRevision(this.fixtures.user("hdnd"), submitted, "Thiếu số liệu");
		WorkQueue.Item returned = this.queue.waitingFor(this.fixtures.user("vanthu"))
			.stream()
			.filter((item) -> item.report().getId() == submitted)
			.findFirst()
			.orElseThrow();
		assertThat(returned.returnReasons()).containsExactly("Thiếu số liệu");
	}

	@Autowired
	WorkQueue queue;

	@Test
	void demoModeSeedsAReportInEveryStateThroughTheWorkflow() {
		List<String> states = this.jdbc.sql("""
				select distinct r.status from report r join unit u on u.id = r.unit_id
				where u.name = 'Huyện Phú Sơn' and r.created_by = (select id from account where username = 'vanthu')
				and r.period_year < 2030""").query(String.class).list();
		assertThat(states).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "APPROVED",
				"ISSUED");
		// every one of them got there by transitions, recorded in order
		List<String> issuedPath = this.jdbc.sql("""
				select t.to_status from report_transition t join report r on r.id = t.report_id
				where r.status = 'ISSUED' and r.period_year < 2030 order by t.id""").query(String.class).list();
		assertThat(issuedPath).startsWith("SUBMITTED", "ACCEPTED", "APPROVED", "ISSUED");
		assertThat(this.jdbc.sql("""
				select count(*) from register_entry e join report r on r.id = e.report_id
				where r.period_year < 2030 and r.status = 'ISSUED'""").query(Integer.class).single()).isPositive();
	}

	private List<Long> queue(String username) {
		return this.queue.waitingFor(this.fixtures.user(username)).stream().map((item) -> item.report().getId()).toList();
	}

	private Document panel(PortalUser user, long id) throws Exception {
		MvcResult result = this.mvc.perform(get("/reports/" + id + "/workflow").with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private ReportStatus status(long id) {
		return ReportStatus.valueOf(this.jdbc.sql("select status from report where id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

}
