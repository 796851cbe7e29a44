package vn.ubnd.baocao.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.search.ReportSearch.Hit;
import vn.ubnd.baocao.search.ReportSearch.Source;
import vn.ubnd.baocao.search.SearchText.Fragment;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Search against the real database and services: reports written through the real editor service, moved through the
 * real workflow; each test marks its texts with a word of its own so that other tests' reports do not count.
 */
@PortalIntegrationTest
class SearchTests {

	private static final AtomicInteger YEARS = new AtomicInteger(2060);

	private static final AtomicInteger TAGS = new AtomicInteger();

	@Autowired
	ReportSearch search;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReviewComments comments;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A word no other test writes: "mãtag" and a number, folded {@code matag…}. */
	private static String tag() {
		return "mãtag" + System.nanoTime() % 1_000_000 + TAGS.incrementAndGet();
	}

	private PortalUser user(String username) {
		return this.fixtures.user(username);
	}

	/** A user of the given role in the unit named, on a demo account's id. */
	private PortalUser in(String unitName, Role role) {
		PortalUser base = user("vanthu");
		long unit = this.jdbc.sql("select id from unit where name = ?").param(unitName).query(Long.class).single();
		return new PortalUser(base.accountId(), base.getUsername(), null, base.fullName(), unit, role, null, true);
	}

	private ReportKind halfYear() {
		return this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR)
			.findFirst()
			.orElseThrow();
	}

	/** A draft of the clerk's unit whose first section has the text. */
	private Report draft(PortalUser clerk, String sectionTitle, String body) {
		Report report = this.reports.create(clerk,
				new ReportService.NewReport(halfYear().getId(), YEARS.getAndIncrement() % 40 + 2060, 1, null, null,
						false));
		ReportSection first = report.childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), first.getId(), first.getVersion(), sectionTitle, body);
		return this.reports.readable(clerk, report.getId());
	}

	private Report retitle(PortalUser clerk, Report report, String summary) {
		return this.reports.editHeader(clerk, report.getId(), report.getVersion(),
				new Report.Header(summary, report.getAddressees(), report.getOpening(), null, null, null, null));
	}

	private List<Hit> hits(PortalUser user, String query) {
		return this.search.search(user, ReportSearch.Request.of(query)).hits();
	}

	private static List<Long> reportIds(List<Hit> hits) {
		return hits.stream().map(Hit::reportId).distinct().toList();
	}

	private static String marked(List<Fragment> fragments) {
		return String.join("|", fragments.stream().filter(Fragment::match).map(Fragment::text).toList());
	}

	@Test
	void findsVietnameseWithOrWithoutDiacriticsAndMarksTheWordsAsWritten() {
		String tag = tag();
		PortalUser clerk = user("vanthu");
		Report report = draft(clerk, "Thu, chi ngân sách",
				"Tổng thu ngân sách nhà nước trên địa bàn đạt 270 tỷ đồng " + tag + ".\nChi thường xuyên bảo đảm.");
		long sectionId = report.childrenOf(null).get(0).getId();
		for (String query : List.of("thu ngan sach " + tag, "thu ngân sách " + tag, "THU NGÂN SÁCH " + tag,
				"Thu Ngan Sach " + tag.toUpperCase(), "dia ban " + tag)) {
			List<Hit> hits = hits(clerk, query);
			assertThat(hits).as(query).hasSize(1);
			Hit hit = hits.get(0);
			assertThat(hit.reportId()).isEqualTo(report.getId());
			assertThat(hit.source()).isEqualTo(Source.SECTION);
			assertThat(hit.sectionId()).isEqualTo(sectionId);
			assertThat(hit.sectionNumber()).isNotBlank()
				.isEqualTo(report.numberedSections()
					.stream()
					.filter((n) -> n.id() == sectionId)
					.findFirst()
					.orElseThrow()
					.label());
			assertThat(String.join("", hit.sectionTitle().stream().map(Fragment::text).toList()))
				.isEqualTo("Thu, chi ngân sách");
		}
		assertThat(marked(hits(clerk, "thu ngan sach " + tag).get(0).snippet())).isEqualTo("thu|ngân|sách|" + tag);
		assertThat(marked(hits(clerk, "dia ban " + tag).get(0).snippet())).isEqualTo("địa|bàn|" + tag);
		assertThat(hits(clerk, "thu ngan sach tinh " + tag)).as("every word must be there").isEmpty();
	}

	@Test
	void ranksTitlesThenThePhraseThenScatteredWords() {
		String tag = tag();
		PortalUser clerk = user("vanthu");
		Report scattered = draft(clerk, "Tài chính", "Công tác thu thuế " + tag + " và quản lý ngân hàng, sách giáo khoa.");
		Report phrase = draft(clerk, "Tài chính", "Kết quả thu ngân sách " + tag + " đạt khá.");
		Report titled = retitle(clerk, draft(clerk, "Mở đầu", "Nội dung khác " + tag),
				"Báo cáo tình hình thu ngân sách " + tag);
		List<Hit> hits = hits(clerk, "thu ngân sách " + tag);
		assertThat(reportIds(hits)).containsExactly(titled.getId(), phrase.getId(), scattered.getId());
		assertThat(hits.get(0).source()).isEqualTo(Source.REPORT);
		assertThat(marked(hits.get(0).title())).isEqualTo("thu|ngân|sách|" + tag);
	}

	@Test
	void findsAReportByItsNumberWithOrWithoutTheSymbol() {
		long id = this.fixtures.approved("chutich");
		Report issued = this.workflow.issue(user("chutich"), id);
		String number = issued.getNumberAndSymbol();
		assertThat(number).matches("\\d{2,}/BC-UBND");
		ReportSearch.Request byNumber = new ReportSearch.Request(number, null, null, issued.getPeriodYear(), null, 1);
		List<Hit> hits = this.search.search(user("hdnd"), byNumber).hits();
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).reportId()).isEqualTo(id);
		assertThat(hits.get(0).source()).isEqualTo(Source.REPORT);
		assertThat(hits.get(0).number()).isEqualTo(number);
		String bare = String.valueOf(issued.getNumber());
		assertThat(reportIds(this.search.search(user("chutich"),
				new ReportSearch.Request(bare, null, null, issued.getPeriodYear(), ReportStatus.ISSUED, 1)).hits()))
			.contains(id);
	}

	@Test
	void nothingFromAnotherUnitsDraftsNorFromAUnitAboveLeaks() {
		String tag = tag();
		PortalUser phuSonClerk = user("vanthu");
		Report own = draft(phuSonClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		Report sibling = draft(user("vanthu2"), "Nông nghiệp", "Diện tích lúa " + tag);
		PortalUser communeClerk = in("Xã Hòa An", Role.CLERK);
		Report communeDraft = draft(communeClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		Report communeSubmitted = draft(communeClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		this.workflow.submit(communeClerk, communeSubmitted.getId());
		PortalUser provinceClerk = in("Tỉnh Bình Nguyên", Role.CLERK);
		Report provinceReport = draft(provinceClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		this.workflow.submit(provinceClerk, provinceReport.getId());

		for (String username : List.of("vanthu", "hdnd", "chutich", "quantri")) {
			assertThat(reportIds(hits(user(username), "dien tich lua " + tag))).as(username)
				.containsExactlyInAnyOrder(own.getId(), communeSubmitted.getId());
		}
		assertThat(reportIds(hits(user("vanthu2"), "dien tich lua " + tag))).containsExactly(sibling.getId());
		assertThat(reportIds(hits(communeClerk, "dien tich lua " + tag)))
			.containsExactlyInAnyOrder(communeDraft.getId(), communeSubmitted.getId());
		assertThat(reportIds(hits(provinceClerk, "dien tich lua " + tag)))
			.containsExactlyInAnyOrder(provinceReport.getId(), communeSubmitted.getId());
		// the near-title fallback follows the same rule
		Report siblingTitled = retitle(user("vanthu2"), sibling, "Báo cáo riêng " + tag);
		assertThat(this.search.search(user("vanthu"), ReportSearch.Request.of("bao cao rieng " + tag + "x"))
			.nearTitles()).isEmpty();
		assertThat(reportIds(this.search.search(user("vanthu2"), ReportSearch.Request.of("bao cao rieng " + tag + "x"))
			.nearTitles())).containsExactly(siblingTitled.getId());
		// a unit filter outside the user's units is not found
		long tanHa = sibling.getUnitId();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.search.search(user("vanthu"),
				new ReportSearch.Request("lua", tanHa, null, null, null, 1)));
	}

	/**
	 * On a large table the search reads the candidates one of three ways, chosen by an estimate (the benchmark in
	 * {@code bench/} shows the choice); whichever is taken, the reader gets the same hits, with the same rights.
	 */
	@Test
	void everyWayToTheCandidatesFindsTheSameHitsWithTheSameRights() {
		String tag = tag();
		PortalUser phuSonClerk = user("vanthu");
		Report own = draft(phuSonClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		draft(user("vanthu2"), "Nông nghiệp", "Diện tích lúa " + tag);
		PortalUser communeClerk = in("Xã Hòa An", Role.CLERK);
		draft(communeClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		Report communeSubmitted = draft(communeClerk, "Nông nghiệp", "Diện tích lúa " + tag);
		this.workflow.submit(communeClerk, communeSubmitted.getId());
		this.comments.open(user("hdnd"), communeSubmitted.getId(), communeSubmitted.childrenOf(null).get(0).getId(),
				null, "Diện tích lúa cần đối chiếu " + tag);
		String query = "dien tich lua " + tag;
		List<ReportSearch.Request> requests = List.of(ReportSearch.Request.of(query),
				new ReportSearch.Request(query, null, null, null, ReportStatus.SUBMITTED, 1),
				new ReportSearch.Request(query, communeSubmitted.getUnitId(), null, null, null, 1),
				new ReportSearch.Request(query, null, own.getKindId(), own.getPeriodYear(), null, 1),
				new ReportSearch.Request(tag, null, null, null, null, 1));
		for (String username : List.of("vanthu", "hdnd", "vanthu2")) {
			for (ReportSearch.Request request : requests) {
				if (request.unitId() != null && !username.equals("vanthu") && !username.equals("hdnd")) {
					continue;
				}
				List<String> expected = found(user(username), request, ReportSearch.Strategy.PLANNER);
				for (ReportSearch.Strategy strategy : ReportSearch.Strategy.values()) {
					assertThat(found(user(username), request, strategy)).as(username + " " + request + " " + strategy)
						.isEqualTo(expected);
				}
			}
		}
		// and what they find is right: the clerk's own draft, the commune's submitted report and the comment on it
		assertThat(found(phuSonClerk, ReportSearch.Request.of(query), ReportSearch.Strategy.NEWEST_BY_UNIT))
			.hasSize(3)
			.anyMatch((h) -> h.startsWith(own.getId() + " SECTION"))
			.anyMatch((h) -> h.startsWith(communeSubmitted.getId() + " SECTION"))
			.anyMatch((h) -> h.startsWith(communeSubmitted.getId() + " COMMENT"));
	}

	private List<String> found(PortalUser user, ReportSearch.Request request, ReportSearch.Strategy strategy) {
		ReportSearch.Page page = this.search.search(user, request, strategy);
		return page.hits()
			.stream()
			.map((h) -> h.reportId() + " " + h.source() + " " + h.sectionId() + " " + page.total())
			.toList();
	}

	@Test
	void councilCommentsAreFoundWithTheirSectionAndOnlyByWhoMayReadTheReport() {
		String tag = tag();
		Report report = draft(user("vanthu"), "Giáo dục", "Trường đạt chuẩn quốc gia.");
		this.workflow.submit(user("vanthu"), report.getId());
		long sectionId = report.childrenOf(null).get(0).getId();
		this.comments.open(user("hdnd"), report.getId(), sectionId, null, "Đề nghị bổ sung số trường đạt chuẩn " + tag);
		List<Hit> hits = hits(user("vanthu"), "bo sung so truong " + tag);
		assertThat(hits).hasSize(1);
		assertThat(hits.get(0).source()).isEqualTo(Source.COMMENT);
		assertThat(hits.get(0).sectionId()).isEqualTo(sectionId);
		assertThat(hits.get(0).commentAuthor()).isNotBlank();
		assertThat(marked(hits.get(0).snippet())).isEqualTo("bổ|sung|số|trường|" + tag);
		assertThat(hits(user("vanthu2"), "bo sung so truong " + tag)).isEmpty();
	}

	@Test
	void theIndexFollowsEditsRemovalsAndStatus() {
		String tag = tag();
		PortalUser clerk = user("vanthu");
		Report report = draft(clerk, "Y tế", "Tiêm chủng mở rộng " + tag);
		assertThat(hits(clerk, "tiem chung " + tag)).hasSize(1);
		ReportSection section = this.reports.readable(clerk, report.getId()).childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), section.getId(), section.getVersion(), "Y tế",
				"Khám chữa bệnh " + tag);
		assertThat(hits(clerk, "tiem chung " + tag)).isEmpty();
		assertThat(hits(clerk, "kham chua benh " + tag)).hasSize(1);
		this.reports.restructure(clerk, report.getId(), section.getId(), ReportService.Move.DELETE);
		assertThat(hits(clerk, "kham chua benh " + tag)).isEmpty();
		// a unit above sees a report of a unit below only once it is submitted, and no more once it is returned
		PortalUser commune = in("Xã Hòa An", Role.CLERK);
		Report below = draft(commune, "Y tế", "Tiêm chủng mở rộng " + tag);
		assertThat(hits(clerk, "tiem chung " + tag)).isEmpty();
		this.workflow.submit(commune, below.getId());
		assertThat(reportIds(hits(clerk, "tiem chung " + tag))).containsExactly(below.getId());
		this.workflow.returnForRevision(in("Xã Hòa An", Role.COUNCIL_REVIEWER), below.getId(), "Bổ sung số liệu");
		assertThat(hits(clerk, "tiem chung " + tag)).isEmpty();
	}

	@Test
	void filtersByUnitKindYearAndStatus() {
		String tag = tag();
		PortalUser clerk = user("vanthu");
		Report own = draft(clerk, "Văn hóa", "Lễ hội truyền thống " + tag);
		PortalUser commune = in("Xã Hòa An", Role.CLERK);
		Report below = draft(commune, "Văn hóa", "Lễ hội truyền thống " + tag);
		this.workflow.submit(commune, below.getId());
		String query = "le hoi " + tag;
		assertThat(reportIds(this.search.search(clerk, new ReportSearch.Request(query, below.getUnitId(), null, null,
				null, 1)).hits())).containsExactly(below.getId());
		assertThat(reportIds(this.search.search(clerk, new ReportSearch.Request(query, null, null, null,
				ReportStatus.DRAFT, 1)).hits())).containsExactly(own.getId());
		assertThat(reportIds(this.search.search(clerk, new ReportSearch.Request(query, null, own.getKindId(),
				own.getPeriodYear(), null, 1)).hits())).containsExactly(own.getId());
		assertThat(this.search.search(clerk, new ReportSearch.Request(query, null, own.getKindId() + 100_000, null,
				null, 1)).hits()).isEmpty();
	}

	@Test
	void hostileQueriesNeverFail() throws Exception {
		PortalUser clerk = user("vanthu");
		List<String> queries = List.of("%", "_", "%_%", "'", "\"", "''; drop table report; --", "a & b | !c", "(",
				"thu:*", "<->", "\\", "!!!???...", "😀 ngân sách 😀", "thu\u0000ngan", "1263/BC-UBND", "x".repeat(5000),
				"thu ".repeat(400), "&&&|||", "ngân:A", "  ", "0");
		for (String query : queries) {
			ReportSearch.Page page = this.search.search(clerk, ReportSearch.Request.of(query));
			assertThat(page.total()).as(query).isGreaterThanOrEqualTo(0);
			int status = this.mvc.perform(get("/search").param("q", query).with(SecurityMockMvcRequestPostProcessors.user(clerk)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(query).isEqualTo(200);
		}
		assertThat(this.search.search(clerk, ReportSearch.Request.of("x".repeat(5000))).cut()).isTrue();
		assertThat(this.search.search(clerk, ReportSearch.Request.of("!!!")).terms()).isEmpty();
		for (String[] params : List.of(new String[] { "unitId", "abc" }, new String[] { "status", "NOPE" },
				new String[] { "page", "-5" }, new String[] { "page", "999999999999" }, new String[] { "year", "99999" },
				new String[] { "kindId", "1e9" })) {
			int status = this.mvc.perform(get("/search").param("q", "thu").param(params[0], params[1]).with(SecurityMockMvcRequestPostProcessors.user(clerk)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(params[0] + "=" + params[1]).isEqualTo(200);
		}
	}

	@Test
	void thePageEscapesTheTextAndMarksTheWords() throws Exception {
		String tag = tag();
		PortalUser clerk = user("vanthu");
		draft(clerk, "<b>Mục</b>", "Thu ngân sách <script>alert(1)</script> " + tag);
		String html = this.mvc.perform(get("/search").param("q", "ngan sach " + tag).with(SecurityMockMvcRequestPostProcessors.user(clerk)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<mark>ngân</mark> <mark>sách</mark>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;b&gt;Mục&lt;/b&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("#doc-section-");
	}

}
