package vn.ubnd.baocao.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ubnd.baocao.MvcForms;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ubnd.baocao.MvcForms.form;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A clerk writes reports through the pages, over the real database: creating each kind, the computed numbering,
 * autosave, the tree operations, copy-forward, concurrent edits, bad input and the JSON view.
 */
@PortalIntegrationTest
class ReportAuthoringTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	PortalUser clerk;

	PortalUser reviewer;

	PortalUser otherClerk;

	@BeforeEach
	void users() {
		this.clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		this.reviewer = this.lookup.findPortalUser("hdnd", (id) -> true).orElseThrow();
		this.otherClerk = this.lookup.findPortalUser("vanthu2", (id) -> true).orElseThrow();
	}

	@Test
	void templatesSeedGivesAtLeastTheFiveKindsOfTheSeeds() {
		List<ReportKind> all = this.kinds.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		assertThat(all).extracting(ReportKind::getPeriodType)
			.contains(PeriodType.HALF_YEAR, PeriodType.YEAR, PeriodType.TERM, PeriodType.FREE);
		assertThat(all).extracting(ReportKind::getTypeCode).contains("BC", "ĐA");
		assertThat(all).allSatisfy((kind) -> {
			KindDefinition definition = kind.toDefinition();
			assertThat(definition.outline()).isNotEmpty();
			if (!definition.addressees().isEmpty()) {
				// "Như trên" refers to the addressees; a Đề án has none
				assertThat(definition.recipients().get(0)).startsWith("Như trên");
			}
			assertThat(definition.recipients().get(definition.recipients().size() - 1)).startsWith("Lưu: VT");
		});
	}

	@Test
	void aClerkCreatesEachKindAndSeesItNumbered() throws Exception {
		int year = 2040;
		for (ReportKind kind : this.kinds.active()) {
			year++;
			MockHttpServletRequestBuilder create = form(post("/reports"), this.clerk, "kindId",
					String.valueOf(kind.getId()), "year", String.valueOf(year), "number", "1", "start",
					year + "-01-01", "end", year + "-12-31", "copyForward", "false");
			MvcResult created = this.mvc.perform(create).andReturn();
			assertThat(created.getResponse().getStatus()).as(kind.getCode()).isEqualTo(302);
			String location = created.getResponse().getRedirectedUrl();
			assertThat(location).matches("/reports/\\d+/edit");
			Document editor = page(get(location).with(user(this.clerk)));
			List<String> labels = editor.select("#sections .editor-depth-0 .section-number").eachText();
			List<NumberingStyle> scheme = NumberingStyle.parseScheme(kind.getNumbering());
			String first = scheme.get(0).label(1, null);
			assertThat(labels).as(kind.getCode()).isNotEmpty().first().isEqualTo(first);
			assertThat(labels).as(kind.getCode() + " has no duplicate number at the top level")
				.doesNotHaveDuplicates();
			assertThat(editor.select("#summary").text()).as(kind.getCode()).isNotBlank().doesNotContain("{");
			assertThat(editor.select("#recipients").text()).contains("Lưu: VT").doesNotContain("{");
			assertThat(editor.select("#signature-preview").text()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
			Document outline = editor;
			assertThat(outline.select("#outline li").size())
				.isEqualTo(editor.select("#sections .section-number").size());
			// fill it in: a paragraph, a bullet and a footnote in the first section, through the autosave route
			org.jsoup.nodes.Element firstSection = editor.select("#sections .editor-section").first();
			String sectionId = firstSection.id().replace("sec-", "");
			MvcResult saved = this.mvc.perform(form(post(location.replace("/edit", "/sections/" + sectionId)),
					this.clerk, "title", firstSection.select("input[name=title]").val(), "body",
					"Tình hình chung ổn định^[Số liệu đến ngày chốt.].\n- Thu ngân sách đạt kế hoạch.", "version",
					firstSection.select("input[name=version]").val()))
				.andReturn();
			assertThat(saved.getResponse().getStatus()).as(kind.getCode()).isEqualTo(200);
			long reportId = Long.parseLong(location.replaceAll("\\D", ""));
			ReportView view = this.reports.view(this.reports.readable(this.clerk, reportId));
			assertThat(view.sections().get(0).number()).isEqualTo(first);
			assertThat(view.sections().get(0).blocks()).extracting(SectionContent.Block::plainText)
				.containsExactly("Tình hình chung ổn định.", "Thu ngân sách đạt kế hoạch.");
			assertThat(view.footnotes()).extracting(ReportView.Footnote::text).endsWith("Số liệu đến ngày chốt.");
		}
	}

	@Test
	void halfYearPeriodsFollowTheDataWindowRules() {
		ReportKind halfYear = kind(PeriodType.HALF_YEAR);
		Report report = this.reports.create(this.clerk,
				new ReportService.NewReport(halfYear.getId(), 2031, 1, null, null, false));
		assertThat(report.getDataFrom()).isEqualTo("2030-12-15");
		assertThat(report.getDataTo()).isEqualTo("2031-06-14");
		assertThat(report.getPeriodStart()).isEqualTo("2031-01-01");
		assertThat(report.getPeriodEnd()).isEqualTo("2031-06-30");
		assertThat(report.getDeadline()).isAfter(report.getDataTo());
		assertThat(report.getDeadline().getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
		assertThat(report.getSymbol()).isEqualTo("BC-UBND");
		assertThat(report.getNumber()).isNull();
		assertThat(report.getSignerName()).isEqualTo("Lê Minh Khang");
		Report secondHalf = this.reports.create(this.clerk,
				new ReportService.NewReport(halfYear.getId(), 2031, 2, null, null, false));
		assertThat(secondHalf.getDataFrom()).isEqualTo("2031-06-15");
		assertThat(secondHalf.getDataTo()).isEqualTo("2031-12-14");
		assertThat(report.getSummary()).contains("6 tháng đầu năm 2031").contains("6 tháng cuối năm 2031");
		assertThat(secondHalf.getSummary()).contains("6 tháng cuối năm 2031").contains("6 tháng đầu năm 2032");
	}

	@Test
	void theTreeOperationsRenumberTheWholeReport() throws Exception {
		Report report = this.reports.create(this.clerk,
				new ReportService.NewReport(kind(PeriodType.FREE).getId(), null, null,
						java.time.LocalDate.of(2033, 1, 1), java.time.LocalDate.of(2033, 3, 31), false));
		long id = report.getId();
		List<Long> top = topIds(id);
		long first = top.get(0);
		long second = top.get(1);
		// move the second top-level section up: it becomes the first
		this.mvc.perform(form(post("/reports/" + id + "/sections/" + second + "/up"), this.clerk));
		assertThat(topIds(id).get(0)).isEqualTo(second);
		// indent the (now) second top-level section under the first
		Document afterIndent = page(form(post("/reports/" + id + "/sections/" + first + "/indent"), this.clerk));
		assertThat(topIds(id)).doesNotContain(first);
		assertThat(parentOf(first)).isEqualTo(second);
		assertThat(afterIndent.select("#outline").attr("hx-swap-oob")).isEqualTo("true");
		// outdent it again: back to the top level, right after its parent
		this.mvc.perform(form(post("/reports/" + id + "/sections/" + first + "/outdent"), this.clerk));
		assertThat(topIds(id).subList(0, 2)).containsExactly(second, first);
		// add a section after the first and give it a title; the numbers follow
		Document added = page(form(post("/reports/" + id + "/sections"), this.clerk, "afterId", String.valueOf(second)));
		long newId = topIds(id).get(1);
		assertThat(newId).isNotIn(first, second);
		assertThat(added.select("#sections .editor-depth-0 .section-number").eachText()).doesNotHaveDuplicates();
		// delete it with its children
		this.mvc.perform(form(post("/reports/" + id + "/sections/" + newId + "/delete"), this.clerk));
		assertThat(topIds(id)).doesNotContain(newId);
		List<Integer> positions = this.jdbc
			.sql("select position from report_section where report_id = ? and parent_id is null order by position")
			.param(id)
			.query(Integer.class)
			.list();
		for (int i = 0; i < positions.size(); i++) {
			assertThat(positions.get(i)).isEqualTo(i);
		}
	}

	@Test
	void autosaveStoresNfcTextAndAnswersWithTheNewVersion() throws Exception {
		Report report = newReport(2034);
		ReportSection section = report.childrenOf(null).get(0);
		String nfd = Normalizer.normalize("Thu ngân sách đạt kế hoạch <script>alert(1)</script>", Normalizer.Form.NFD);
		MvcResult saved = this.mvc.perform(form(post("/reports/" + report.getId() + "/sections/" + section.getId()),
				this.clerk, "title", "Kết quả", "body", nfd, "version", String.valueOf(section.getVersion())))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		Document answer = Jsoup.parse(saved.getResponse().getContentAsString());
		assertThat(answer.select("#status-" + section.getId()).text()).startsWith("Đã lưu lúc");
		assertThat(answer.select("#version-" + section.getId()).val()).isEqualTo(String.valueOf(section.getVersion() + 1));
		String stored = this.jdbc.sql("select body from report_section where id = ?").param(section.getId())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("Thu ngân sách đạt kế hoạch <script>alert(1)</script>");
		assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
		String shown = this.mvc.perform(get("/reports/" + report.getId()).with(user(this.reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void aSecondSaveOnTheSameCopyGetsBothVersionsAndOverwritesNothing() throws Exception {
		Report report = newReport(2035);
		ReportSection section = report.childrenOf(null).get(0);
		String version = String.valueOf(section.getVersion());
		String path = "/reports/" + report.getId() + "/sections/" + section.getId();
		this.mvc.perform(form(post(path), this.clerk, "title", "Bản A", "body", "Nội dung của người thứ nhất",
				"version", version));
		MvcResult second = this.mvc.perform(form(post(path), this.clerk, "title", "Bản B", "body",
				"Nội dung của người thứ hai", "version", version))
			.andReturn();
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		Document conflict = Jsoup.parse(second.getResponse().getContentAsString());
		assertThat(conflict.select(".conflict-body").eachText()).containsExactly("Nội dung của người thứ nhất",
				"Nội dung của người thứ hai");
		assertThat(conflict.text()).contains("Người khác đã lưu mục này");
		assertThat(this.jdbc.sql("select body from report_section where id = ?").param(section.getId())
			.query(String.class)
			.single()).isEqualTo("Nội dung của người thứ nhất");
	}

	@Test
	void concurrentSavesOfOneSectionLoseNothingSilently() throws Exception {
		Report report = newReport(2036);
		ReportSection section = report.childrenOf(null).get(0);
		long version = section.getVersion();
		int writers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new java.util.ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String body = "Người viết số " + i;
				Callable<Integer> save = () -> {
					start.await();
					return this.mvc.perform(form(post("/reports/" + report.getId() + "/sections/" + section.getId()),
							this.clerk, "title", "T", "body", body, "version", String.valueOf(version)))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				results.add(pool.submit(save));
			}
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(200, 409);
			assertThat(statuses).filteredOn((s) -> s == 200).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, Object> row = this.jdbc.sql("select body, version from report_section where id = ?")
			.param(section.getId())
			.query()
			.singleRow();
		assertThat((String) row.get("body")).startsWith("Người viết số ");
		assertThat(((Number) row.get("version")).longValue()).isEqualTo(version + 1);
	}

	@Test
	void badInputGetsAVietnameseMessageAndNothingIsSaved() throws Exception {
		Report report = newReport(2037);
		ReportSection section = report.childrenOf(null).get(0);
		String huge = "x".repeat(1_048_576);
		MvcResult tooLong = this.mvc.perform(form(post("/reports/" + report.getId() + "/sections/" + section.getId()),
				this.clerk, "title", "T", "body", huge, "version", String.valueOf(section.getVersion())))
			.andReturn();
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).text())
			.contains("Nội dung mục quá dài");
		MvcResult badDate = this.mvc.perform(form(post("/reports/" + report.getId() + "/header"), this.clerk,
				"summary", "Trích yếu", "placeName", "Phú Sơn", "dataFrom", "2037-02-30", "dataTo", "2037-06-14",
				"deadline", "2037-06-20", "version", String.valueOf(report.getVersion())))
			.andReturn();
		assertThat(badDate.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(badDate.getResponse().getContentAsString()).text()).contains("Ngày không hợp lệ");
		MvcResult blankSummary = this.mvc.perform(form(post("/reports/" + report.getId() + "/header"), this.clerk,
				"summary", "  ", "placeName", "Phú Sơn", "dataFrom", "2037-01-01", "dataTo", "2037-06-14",
				"deadline", "2037-06-20", "version", String.valueOf(report.getVersion())))
			.andReturn();
		assertThat(blankSummary.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(blankSummary.getResponse().getContentAsString()).text())
			.contains("Trích yếu không được để trống.");
		Report stored = this.reports.readable(this.clerk, report.getId());
		assertThat(stored.getSummary()).isEqualTo(report.getSummary());
		assertThat(stored.section(section.getId()).getBody()).isEmpty();
	}

	@Test
	void aDeputyAsSignerGivesTheKtForm() throws Exception {
		Report report = newReport(2038);
		long deputy = this.jdbc.sql("select id from leader where full_name = 'Phạm Thị Thu Hà'").query(Long.class)
			.single();
		MvcResult result = this.mvc.perform(form(post("/reports/" + report.getId() + "/closing"), this.clerk,
				"recipients", "Như trên;\nLưu: VT, VP.", "signerLeaderId", String.valueOf(deputy), "version",
				String.valueOf(report.getVersion())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		ReportView view = this.reports.view(this.reports.readable(this.clerk, report.getId()));
		assertThat(view.signature().lines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
		assertThat(view.signature().signerName()).isEqualTo("Phạm Thị Thu Hà");
		assertThat(view.recipients()).containsExactly("Như trên;", "Lưu: VT, VP.");
	}

	@Test
	void theSignatureFormCanBeChosen() throws Exception {
		Report report = newReport(2044);
		this.mvc.perform(form(post("/reports/" + report.getId() + "/closing"), this.clerk, "recipients",
				"Như trên;\nLưu: VT.", "signatureForm", "Q", "version", String.valueOf(report.getVersion())));
		assertThat(this.reports.view(this.reports.readable(this.clerk, report.getId())).signature().lines())
			.containsExactly("Q. CHỦ TỊCH");
	}

	@Test
	void copyForwardTurnsThePreviousTasksIntoThisReportsChecklist() {
		ReportKind halfYear = kindWithNextTasks();
		Report first = this.reports.create(this.clerk,
				new ReportService.NewReport(halfYear.getId(), 2039, 1, null, null, false));
		ReportSection tasks = first.numberedSections()
			.stream()
			.map(SectionNumbering.NumberedSection::section)
			.filter((s) -> s.getRole() == SectionRole.NEXT_TASKS)
			.findFirst()
			.orElseThrow();
		this.reports.editSection(this.clerk, first.getId(), tasks.getId(), tasks.getVersion(), tasks.getTitle(),
				"- Hoàn thành thu ngân sách cả năm;\n- Khởi công cầu Bến Đình^[Theo Nghị quyết của HĐND.].");
		Report second = this.reports.create(this.clerk,
				new ReportService.NewReport(halfYear.getId(), 2039, 2, null, null, true));
		assertThat(second.getPreviousReportId()).isEqualTo(first.getId());
		assertThat(second.getChecklist()).extracting(ChecklistItem::getText)
			.contains("Hoàn thành thu ngân sách cả năm;", "Khởi công cầu Bến Đình.");
		assertThat(second.numberedSections()).extracting((n) -> n.section().getTitle())
			.containsExactlyElementsOf(first.numberedSections().stream().map((n) -> n.section().getTitle()).toList());
		assertThat(second.numberedSections()).allSatisfy((n) -> assertThat(n.section().getBody()).isEmpty());
	}

	@Test
	void theJsonViewHasTheTreeWithNumbersContentAndFootnotes() throws Exception {
		Report report = newReport(2042);
		ReportSection section = report.childrenOf(null).get(0);
		this.reports.editSection(this.clerk, report.getId(), section.getId(), section.getVersion(), "Tình hình",
				"Đoạn một^[Chú thích một.]\n- Ý thứ nhất");
		MvcResult json = this.mvc.perform(get("/api/reports/" + report.getId()).with(user(this.clerk))).andReturn();
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		assertThat(json.getResponse().getContentType()).startsWith("application/json");
		String body = json.getResponse().getContentAsString();
		tools.jackson.databind.JsonNode root = new tools.jackson.databind.ObjectMapper().readTree(body);
		assertThat(root.get("status").asString()).isEqualTo("DRAFT");
		assertThat(root.get("header").get("documentType").asString()).isEqualTo("BÁO CÁO");
		tools.jackson.databind.JsonNode first = root.get("sections").get(0);
		assertThat(first.get("number").asString()).isNotBlank();
		assertThat(first.get("title").asString()).isEqualTo("Tình hình");
		assertThat(first.get("blocks").get(1).get("type").asString()).isEqualTo("BULLET");
		assertThat(root.get("footnotes").get(0).get("text").asString()).isEqualTo("Chú thích một.");
		assertThat(root.get("signature").get("lines").get(0).asString()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
		assertThat(this.mvc.perform(get("/api/reports/" + report.getId()).with(user(this.otherClerk)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void onlyAClerkOfTheUnitWritesAndAnotherUnitSeesNothing() throws Exception {
		Report report = newReport(2043);
		assertThat(status(get("/reports/" + report.getId() + "/edit"), this.reviewer)).isEqualTo(403);
		assertThat(status(get("/reports/" + report.getId()), this.reviewer)).isEqualTo(200);
		assertThat(status(get("/reports/" + report.getId()), this.otherClerk)).isEqualTo(404);
		assertThat(status(get("/reports/" + report.getId() + "/edit"), this.otherClerk)).isEqualTo(404);
		Document list = page(get("/reports").with(user(this.otherClerk)));
		assertThat(list.select("a[href=/reports/" + report.getId() + "]")).isEmpty();
	}

	private int status(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
		return this.mvc.perform(request.with(user(user))).andReturn().getResponse().getStatus();
	}

	private Report newReport(int year) {
		return this.reports.create(this.clerk,
				new ReportService.NewReport(kind(PeriodType.HALF_YEAR).getId(), year, 1, null, null, false));
	}

	private ReportKind kind(PeriodType type) {
		return this.kinds.active().stream().filter((k) -> k.getPeriodType() == type).findFirst().orElseThrow();
	}

	private ReportKind kindWithNextTasks() {
		return this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR)
			.filter((k) -> k.getOutline().contains("NEXT_TASKS"))
			.findFirst()
			.orElseThrow();
	}

	private List<Long> topIds(long reportId) {
		return this.jdbc.sql("select id from report_section where report_id = ? and parent_id is null order by position")
			.param(reportId)
			.query(Long.class)
			.list();
	}

	private Long parentOf(long sectionId) {
		return this.jdbc.sql("select parent_id from report_section where id = ?").param(sectionId).query(Long.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return MvcForms.page(this.mvc, request);
	}


}
