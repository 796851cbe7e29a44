package vn.ubnd.baocao.review;

import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.SectionNumbering;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * The council's comment threads over HTTP and through {@link ReviewComments}, against the real database: who may
 * open, answer, resolve and reopen a thread in which state of the report, what a quote must be, bad text, and what
 * the pages show.
 */
@PortalIntegrationTest
@RecordApplicationEvents
class ReviewCommentsTests {

	static final String FIRST_BODY = "Thu ngân sách trên địa bàn ước đạt 270 tỷ đồng, bằng 95% dự toán.\n"
			+ "- Chi thường xuyên bảo đảm^[Theo dự toán được giao.] đúng quy định;";

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

	@Autowired
	ReviewComments comments;

	@Autowired
	ApplicationEvents events;

	ReportStates states;

	PortalUser clerk;

	PortalUser reviewer;

	PortalUser chair;

	PortalUser admin;

	PortalUser otherClerk;

	long reportId;

	ReportSection first;

	ReportSection second;

	@BeforeEach
	void submittedReport() {
		this.states = new ReportStates(this.jdbc);
		this.clerk = account("vanthu");
		this.reviewer = account("hdnd");
		this.chair = account("chutich");
		this.admin = account("quantri");
		this.otherClerk = account("vanthu2");
		long kind = this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR)
			.findFirst()
			.orElseThrow()
			.getId();
		Report report = this.reports.create(this.clerk, new ReportService.NewReport(kind, 2061, 1, null, null, false));
		this.reportId = report.getId();
		List<ReportSection> top = report.childrenOf(null);
		this.first = this.reports.editSection(this.clerk, this.reportId, top.get(0).getId(), top.get(0).getVersion(),
				top.get(0).getTitle(), FIRST_BODY);
		this.second = this.reports.editSection(this.clerk, this.reportId, top.get(1).getId(),
				top.get(1).getVersion(), top.get(1).getTitle(), "Công tác cải cách hành chính được chú trọng.");
		this.states.put(this.reportId, ReportStatus.SUBMITTED);
	}

	@Test
	void theReviewerCommentsTheClerkAnswersAndTheReviewerResolvesAndReopens() throws Exception {
		// the reviewer quotes words across a paragraph and a bullet, as selected on the page (no bullet mark, no
		// footnote number)
		String quote = "bằng 95% dự toán. Chi thường xuyên bảo đảm đúng quy định;";
		MvcResult opened = postAs(this.reviewer, openUrl(this.first), "quote", quote, "text",
				"Đề nghị làm rõ nguồn tăng thu.\nSo sánh với cùng kỳ.");
		assertThat(opened.getResponse().getStatus()).isEqualTo(200);
		Document slot = html(opened);
		Element thread = slot.selectFirst("#comments-" + this.first.getId() + " .review-thread");
		assertThat(thread).isNotNull();
		assertThat(thread.select(".review-quote").text()).contains(quote);
		assertThat(thread.select(".review-text").text()).contains("Đề nghị làm rõ nguồn tăng thu.");
		assertThat(thread.text()).contains("Trần Văn Hùng", "Thường trực HĐND", "Đang mở");
		assertThat(slot.select("#review-comments[hx-swap-oob] .review-counts").text())
			.isEqualTo("1 ý kiến đang mở, 0 đã giải quyết");
		long threadId = Long.parseLong(thread.id().replace("thread-", ""));
		assertThat(this.comments.openThreads(this.reportId)).isEqualTo(1);
		assertThat(this.comments.openThreadsBySection(this.reportId)).containsExactly(
				java.util.Map.entry(this.first.getId(), 1L));

		// the clerk reads it: a reply form, but neither resolve nor a form to open a thread
		Document forClerk = page(get("/reports/" + this.reportId + "/comments").with(user(this.clerk)));
		Element clerkSlot = forClerk.selectFirst("#comments-" + this.first.getId());
		assertThat(clerkSlot.attr("hx-swap-oob")).isEqualTo("true");
		assertThat(clerkSlot.select("form.review-reply")).hasSize(1);
		assertThat(clerkSlot.select("form[action$=/resolve]")).isEmpty();
		assertThat(forClerk.select("form[action$=/comments]")).isEmpty();
		// the panel lists it under the section's number
		assertThat(forClerk.select("#review-comments .review-groups > li > a").first().text())
			.startsWith("I. " + this.first.getTitle());

		// returned: the clerk answers in the editor
		this.states.put(this.reportId, ReportStatus.RETURNED);
		Document editor = page(get("/reports/" + this.reportId + "/comments").param("in", "editor")
			.with(user(this.clerk)));
		assertThat(editor.select("#comments-badge-" + this.first.getId()).text()).isEqualTo("1 ý kiến đang mở");
		assertThat(editor.select("#comments-badge-" + this.second.getId()).text()).isEmpty();
		assertThat(editor.select("#comments-" + this.first.getId() + " form.review-reply input[name=in]").val())
			.isEqualTo("editor");
		MvcResult replied = postAs(this.clerk, "/reports/" + this.reportId + "/comments/" + threadId + "/replies",
				"text", "Đã bổ sung số liệu so sánh.", "in", "editor");
		assertThat(replied.getResponse().getStatus()).isEqualTo(200);
		Document afterReply = html(replied);
		assertThat(afterReply.select(".review-comment")).hasSize(2);
		assertThat(afterReply.select(".review-answer").text()).contains("Nguyễn Thị Lan", "Văn thư",
				"Đã bổ sung số liệu so sánh.");
		assertThat(afterReply.select("#comments-badge-" + this.first.getId() + "[hx-swap-oob]").text())
			.isEqualTo("1 ý kiến đang mở");

		// submitted again: the reviewer resolves; the clerk can no longer answer
		this.states.put(this.reportId, ReportStatus.SUBMITTED);
		MvcResult resolved = postAs(this.reviewer, "/reports/" + this.reportId + "/comments/" + threadId + "/resolve");
		assertThat(resolved.getResponse().getStatus()).isEqualTo(200);
		Document afterResolve = html(resolved);
		assertThat(afterResolve.select(".review-thread.review-resolved")).hasSize(1);
		assertThat(afterResolve.select(".review-thread").first().hasAttr("open")).isFalse();
		assertThat(afterResolve.text()).contains("Đã giải quyết: Trần Văn Hùng");
		assertThat(afterResolve.select("form[action$=/reopen]")).hasSize(1);
		assertThat(this.comments.openThreads(this.reportId)).isZero();
		MvcResult late = postAs(this.clerk, "/reports/" + this.reportId + "/comments/" + threadId + "/replies",
				"text", "Thêm một ý.");
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(late).select(".review-alert").text())
			.isEqualTo("Ý kiến này đã được giải quyết; Thường trực HĐND mở lại thì mới trả lời được.");
		MvcResult twice = postAs(this.reviewer, "/reports/" + this.reportId + "/comments/" + threadId + "/resolve");
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);

		// reopened: open again, and the clerk may answer
		MvcResult reopened = postAs(this.reviewer, "/reports/" + this.reportId + "/comments/" + threadId + "/reopen");
		assertThat(reopened.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.comments.openThreads(this.reportId)).isEqualTo(1);
		assertThat(this.comments.threads(this.reportId).get(0).resolvedAt()).isNull();

		assertThat(this.events.stream(AuditRecord.class).map(AuditRecord::action).filter((action) -> action.startsWith("comment."))).containsExactly("comment.add",
				"comment.reply", "comment.resolve", "comment.reopen");
		AuditRecord add = this.events.stream(AuditRecord.class).filter((r) -> r.action().startsWith("comment.")).findFirst().orElseThrow();
		assertThat(add.reportId()).isEqualTo(this.reportId);
		assertThat(add.sectionId()).isEqualTo(this.first.getId());
		assertThat(add.actorAccountId()).isEqualTo(this.reviewer.accountId());
		assertThat(add.unitId()).isEqualTo(this.clerk.unitId());
	}

	@Test
	void onlyACouncilReviewerOpensAThreadAndOnlyOnAReportTheyMayRead() throws Exception {
		for (PortalUser other : List.of(this.clerk, this.chair, this.admin)) {
			assertThat(postAs(other, openUrl(this.first), "text", "Ý kiến").getResponse().getStatus())
				.as(other.getUsername())
				.isEqualTo(403);
		}
		assertThat(postAs(this.otherClerk, openUrl(this.first), "text", "Ý kiến").getResponse().getStatus())
			.isEqualTo(404);
		// a reviewer of the province (a unit above) may; one of another district or of a commune below may not
		long province = unitId("Tỉnh Bình Nguyên");
		PortalUser above = reviewerOf(province);
		assertThat(postAs(above, openUrl(this.first), "text", "Ý kiến của tỉnh").getResponse().getStatus())
			.isEqualTo(200);
		for (String unit : List.of("Huyện Tân Hà", "Xã Hòa An")) {
			assertThat(postAs(reviewerOf(unitId(unit)), openUrl(this.first), "text", "Ý kiến").getResponse()
				.getStatus()).as(unit).isEqualTo(404);
		}
		// a section of another report is not found
		assertThat(postAs(this.reviewer, "/reports/" + this.reportId + "/sections/" + Long.MAX_VALUE + "/comments",
				"text", "Ý kiến").getResponse().getStatus()).isEqualTo(404);
		assertThat(this.comments.threads(this.reportId)).hasSize(1);
		assertThat(this.comments.threads(this.reportId).get(0).opening().authorRole())
			.isEqualTo(Role.COUNCIL_REVIEWER);
	}

	@Test
	void aThreadIsOpenedOnlyWhileTheReportIsSubmitted() throws Exception {
		for (ReportStatus status : List.of(ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.ACCEPTED,
				ReportStatus.APPROVED, ReportStatus.ISSUED)) {
			this.states.put(this.reportId, status);
			MvcResult refused = postAs(this.reviewer, openUrl(this.first), "text", "Ý kiến");
			assertThat(refused.getResponse().getStatus()).as(status.name()).isEqualTo(409);
			assertThat(html(refused).select(".review-alert").text()).isEqualTo(
					"Chỉ góp ý được khi báo cáo đang ở trạng thái đã trình Thường trực HĐND.");
			// and the page offers no form
			assertThat(page(get("/reports/" + this.reportId + "/comments").with(user(this.reviewer)))
				.select("form[action$=/comments]")).isEmpty();
		}
		assertThat(this.comments.threads(this.reportId)).isEmpty();
		this.states.put(this.reportId, ReportStatus.SUBMITTED);
		assertThat(page(get("/reports/" + this.reportId + "/comments").with(user(this.reviewer)))
			.select("form[action$=/comments]")).hasSizeGreaterThan(2);
	}

	@Test
	void onceTheReportIsAcceptedNothingMoreIsSaidOnItsThreads() throws Exception {
		long threadId = this.comments.open(this.reviewer, this.reportId, this.first.getId(), null, "Ý kiến").id();
		long resolvedId = this.comments.open(this.reviewer, this.reportId, this.second.getId(), null, "Ý kiến 2").id();
		this.comments.resolve(this.reviewer, this.reportId, resolvedId);
		for (ReportStatus status : List.of(ReportStatus.ACCEPTED, ReportStatus.APPROVED, ReportStatus.ISSUED)) {
			this.states.put(this.reportId, status);
			String message = "Báo cáo đã được Thường trực HĐND chấp thuận nên không trao đổi thêm về ý kiến này được nữa.";
			for (PortalUser user : List.of(this.clerk, this.reviewer)) {
				MvcResult reply = postAs(user, "/reports/" + this.reportId + "/comments/" + threadId + "/replies",
						"text", "Trả lời");
				assertThat(reply.getResponse().getStatus()).as(status + " " + user.getUsername()).isEqualTo(409);
				assertThat(html(reply).select(".review-alert").text()).isEqualTo(message);
			}
			assertThat(postAs(this.reviewer, "/reports/" + this.reportId + "/comments/" + threadId + "/resolve")
				.getResponse()
				.getStatus()).isEqualTo(409);
			assertThat(postAs(this.reviewer, "/reports/" + this.reportId + "/comments/" + resolvedId + "/reopen")
				.getResponse()
				.getStatus()).isEqualTo(409);
			Document read = page(get("/reports/" + this.reportId + "/comments").with(user(this.reviewer)));
			assertThat(read.select(".review-thread")).hasSize(2);
			assertThat(read.select(".review-thread form")).isEmpty();
		}
		assertThat(this.comments.threads(this.reportId).get(0).comments()).hasSize(1);
		assertThat(this.comments.openThreads(this.reportId)).isEqualTo(1);
	}

	@Test
	void theClerkOfTheReportsUnitAndTheReviewerReplyTheChairOnlyReads() throws Exception {
		long threadId = this.comments.open(this.reviewer, this.reportId, this.first.getId(), null, "Ý kiến").id();
		String replies = "/reports/" + this.reportId + "/comments/" + threadId + "/replies";
		assertThat(postAs(this.chair, replies, "text", "Trả lời").getResponse().getStatus()).isEqualTo(403);
		assertThat(postAs(this.admin, replies, "text", "Trả lời").getResponse().getStatus()).isEqualTo(403);
		assertThat(postAs(this.chair, "/reports/" + this.reportId + "/comments/" + threadId + "/resolve")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(postAs(this.clerk, "/reports/" + this.reportId + "/comments/" + threadId + "/resolve")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(postAs(this.otherClerk, replies, "text", "Trả lời").getResponse().getStatus()).isEqualTo(404);
		// a clerk of the province may read the submitted report but answers only for their own unit
		PortalUser provinceClerk = new PortalUser(this.clerk.accountId(), "vanthu-tinh", null, "Văn thư tỉnh",
				unitId("Tỉnh Bình Nguyên"), Role.CLERK, null, true);
		assertThat(postAs(provinceClerk, replies, "text", "Trả lời").getResponse().getStatus()).isEqualTo(403);
		// a thread of another report is not found through this one
		long otherReport = this.reports
			.create(this.clerk, new ReportService.NewReport(reportKind(), 2062, 1, null, null, false))
			.getId();
		assertThat(postAs(this.clerk, "/reports/" + otherReport + "/comments/" + threadId + "/replies", "text", "x")
			.getResponse()
			.getStatus()).isEqualTo(404);
		// the chair reads, without forms
		Document forChair = page(get("/reports/" + this.reportId + "/comments").with(user(this.chair)));
		assertThat(forChair.select(".review-thread")).hasSize(1);
		assertThat(forChair.select("form")).isEmpty();
		assertThat(postAs(this.clerk, replies, "text", "Trả lời của văn thư").getResponse().getStatus())
			.isEqualTo(200);
		assertThat(postAs(this.reviewer, replies, "text", "Trả lời của Thường trực").getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.comments.threads(this.reportId).get(0).replies()).extracting(Comment::authorRole)
			.containsExactly(Role.CLERK, Role.COUNCIL_REVIEWER);
	}

	@Test
	void aQuoteMustStandInTheSectionAsItIsNow() throws Exception {
		MvcResult elsewhere = postAs(this.reviewer, openUrl(this.first), "quote",
				"Công tác cải cách hành chính", "text", "Ý kiến <giữ nguyên>");
		assertThat(elsewhere.getResponse().getStatus()).isEqualTo(422);
		Document form = html(elsewhere);
		assertThat(form.select("#quote-" + this.first.getId()).hasClass("is-invalid")).isTrue();
		assertThat(form.select(".invalid-feedback").text()).isEqualTo(
				"Đoạn trích không có trong mục này. Hãy bôi đen đúng các chữ trong mục, hoặc để trống.");
		// what was typed comes back, and the form stays unfolded
		assertThat(form.select("#quote-" + this.first.getId()).val()).isEqualTo("Công tác cải cách hành chính");
		assertThat(form.select("#comment-" + this.first.getId()).text()).isEqualTo("Ý kiến <giữ nguyên>");
		assertThat(form.select("details.review-new").hasAttr("open")).isTrue();
		assertThat(postAs(this.reviewer, openUrl(this.first), "quote", "270 tỷ đồng, bằng 96%", "text", "Ý kiến")
			.getResponse()
			.getStatus()).isEqualTo(422);
		assertThat(postAs(this.reviewer, openUrl(this.first), "quote", "x".repeat(1001), "text", "Ý kiến")
			.getResponse()
			.getStatus()).isEqualTo(422);
		assertThat(this.comments.threads(this.reportId)).isEmpty();

		// decomposed (NFD) text and other white space still match; the quote is kept in NFC
		String nfd = Normalizer.normalize("ước  đạt\n270 tỷ đồng", Normalizer.Form.NFD);
		CommentThread thread = this.comments.open(this.reviewer, this.reportId, this.first.getId(), nfd, "Ý kiến");
		assertThat(thread.quote()).isEqualTo("ước đạt 270 tỷ đồng");
		// the section's number and title, and the text as the clerk wrote it, are quotable too
		assertThat(this.comments.open(this.reviewer, this.reportId, this.first.getId(),
				label(this.first) + " " + this.first.getTitle(), "Tiêu đề").quote()).startsWith("I. ");
		assertThat(this.comments.open(this.reviewer, this.reportId, this.first.getId(),
				"bảo đảm^[Theo dự toán được giao.]", "Chú thích").quote()).endsWith("giao.]");

		// once the clerk rewrites the words, the page says the quote is no longer there
		this.states.put(this.reportId, ReportStatus.RETURNED);
		ReportSection now = this.reports.currentSection(this.clerk, this.reportId, this.first.getId());
		this.reports.editSection(this.clerk, this.reportId, now.getId(), now.getVersion(), now.getTitle(),
				"Thu ngân sách ước đạt 280 tỷ đồng.");
		Document read = page(get("/reports/" + this.reportId + "/comments").with(user(this.reviewer)));
		assertThat(read.select("#thread-" + thread.id() + " .review-quote").text())
			.contains("Đoạn trích này không còn trong nội dung của mục");
	}

	@Test
	void blankAndOverlongTextIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
		MvcResult blank = postAs(this.reviewer, openUrl(this.first), "quote", "270 tỷ đồng", "text", " \n\t ");
		assertThat(blank.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(blank).select("#comment-" + this.first.getId() + " + .invalid-feedback").text())
			.isEqualTo("Vui lòng nhập nội dung ý kiến.");
		MvcResult overlong = postAs(this.reviewer, openUrl(this.first), "text", "a".repeat(4001));
		assertThat(overlong.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(overlong).select(".invalid-feedback").text())
			.isEqualTo("Nội dung không được dài quá 4.000 ký tự.");
		assertThat(this.comments.threads(this.reportId)).isEmpty();

		assertThat(postAs(this.reviewer, openUrl(this.first), "text", "a".repeat(4000)).getResponse().getStatus())
			.isEqualTo(200);
		long threadId = this.comments.threads(this.reportId).get(0).id();
		String replies = "/reports/" + this.reportId + "/comments/" + threadId + "/replies";
		MvcResult blankReply = postAs(this.clerk, replies, "text", "   ");
		assertThat(blankReply.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(blankReply).select("#reply-" + threadId).hasClass("is-invalid")).isTrue();
		assertThat(postAs(this.clerk, replies, "text", "b".repeat(4001)).getResponse().getStatus()).isEqualTo(422);
		assertThat(this.comments.threads(this.reportId).get(0).replies()).isEmpty();
		assertThatThrownBy(() -> this.comments.reply(this.clerk, this.reportId, threadId, null))
			.isInstanceOf(vn.ubnd.baocao.system.InputRejectedException.class);
		assertThat(this.events.stream(AuditRecord.class).map(AuditRecord::action).filter((action) -> action.startsWith("comment."))).containsExactly("comment.add");
	}

	@Test
	void markupInCommentsIsShownAsText() throws Exception {
		String text = "<script>alert('x')</script><b>đậm</b> <img src=x onerror=alert(1)>";
		MvcResult opened = postAs(this.reviewer, openUrl(this.first), "text", text);
		assertThat(opened.getResponse().getStatus()).isEqualTo(200);
		for (PortalUser user : List.of(this.reviewer, this.clerk)) {
			MvcResult read = this.mvc.perform(get("/reports/" + this.reportId + "/comments").with(user(user)))
				.andReturn();
			String body = read.getResponse().getContentAsString();
			assertThat(body).doesNotContain("<script>", "<b>đậm", "<img");
			Document page = Jsoup.parse(body);
			assertThat(page.select("script, b, img")).isEmpty();
			assertThat(page.select(".review-text").text()).isEqualTo(text);
		}
	}

	@Test
	void threadsAreListedInReadingOrderAndAThreadOnARemovedSectionStaysInThePanel() throws Exception {
		ReportSection child = this.reports.addSection(this.clerk, reportIdAsDraft(), this.second.getId(), null);
		this.reports.editSection(this.clerk, this.reportId, child.getId(), child.getVersion(), "Mục con", "Nội dung.");
		this.states.put(this.reportId, ReportStatus.SUBMITTED);
		this.comments.open(this.reviewer, this.reportId, child.getId(), "Nội dung", "Về mục con");
		this.comments.open(this.reviewer, this.reportId, this.second.getId(), null, "Về mục hai");
		this.comments.open(this.reviewer, this.reportId, this.first.getId(), null, "Về mục một");
		List<SectionThreads> groups = this.comments
			.threadsBySection(this.reports.view(this.reports.readable(this.reviewer, this.reportId)));
		assertThat(groups).extracting(SectionThreads::number).containsExactly("I.", "II.", label(child));
		assertThat(groups.get(2).threads().get(0).opening().text()).isEqualTo("Về mục con");

		// the clerk removes the subsection after a return: its thread is still there, in the panel
		this.states.put(this.reportId, ReportStatus.RETURNED);
		this.reports.restructure(this.clerk, this.reportId, child.getId(), ReportService.Move.DELETE);
		Document read = page(get("/reports/" + this.reportId + "/comments").with(user(this.clerk)));
		assertThat(read.select("#review-comments").text()).contains("Mục đã bị xóa: Mục con", "Về mục con");
		assertThat(read.select("#review-comments #comments-" + child.getId() + " form.review-reply")).hasSize(1);
		assertThat(read.select(".review-slot[hx-swap-oob]")).noneMatch((e) -> e.id().equals("comments-" + child.getId()));
		long threadId = this.comments.threads(this.reportId).get(0).id();
		MvcResult replied = postAs(this.clerk, "/reports/" + this.reportId + "/comments/" + threadId + "/replies",
				"text", "Đã gộp nội dung vào mục II.");
		assertThat(replied.getResponse().getStatus()).isEqualTo(200);
		Document answer = html(replied);
		assertThat(answer.select("body > #review-comments")).hasSize(1);
		assertThat(answer.select("#review-comments").text()).contains("Đã gộp nội dung vào mục II.");
		assertThat(this.comments.threadsBySection(this.reports.view(this.reports.readable(this.clerk, this.reportId))))
			.last()
			.satisfies((g) -> {
				assertThat(g.removed()).isTrue();
				assertThat(g.number()).isNull();
				assertThat(g.title()).isEqualTo("Mục con");
			});
	}

	@Test
	void twoReviewersResolvingTheSameThreadAtOnceResolveItOnce() throws Exception {
		long threadId = this.comments.open(this.reviewer, this.reportId, this.first.getId(), null, "Ý kiến").id();
		PortalUser another = reviewerOf(unitId("Tỉnh Bình Nguyên"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Boolean>> both = List.of(() -> resolveAfter(start, this.reviewer, threadId),
					() -> resolveAfter(start, another, threadId));
			List<Future<Boolean>> results = both.stream().map(pool::submit).toList();
			start.countDown();
			long succeeded = 0;
			for (Future<Boolean> result : results) {
				succeeded += result.get() ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.comments.openThreads(this.reportId)).isZero();
	}

	private boolean resolveAfter(CountDownLatch start, PortalUser user, long threadId) throws InterruptedException {
		start.await();
		try {
			this.comments.resolve(user, this.reportId, threadId);
			return true;
		}
		catch (ReviewStateException ex) {
			return false;
		}
	}

	private long reportIdAsDraft() {
		this.states.put(this.reportId, ReportStatus.DRAFT);
		return this.reportId;
	}

	private long reportKind() {
		return this.jdbc.sql("select kind_id from report where id = ?").param(this.reportId).query(Long.class).single();
	}

	private String label(ReportSection section) {
		return this.reports.readable(this.clerk, this.reportId)
			.numberedSections()
			.stream()
			.filter((n) -> n.id() == section.getId())
			.map(SectionNumbering.NumberedSection::label)
			.findFirst()
			.orElseThrow();
	}

	private String openUrl(ReportSection section) {
		return "/reports/" + this.reportId + "/sections/" + section.getId() + "/comments";
	}

	private MvcResult postAs(PortalUser user, String url, String... params) throws Exception {
		return this.mvc.perform(form(post(url), user, params)).andReturn();
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return vn.ubnd.baocao.MvcForms.page(this.mvc, request);
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private PortalUser account(String username) {
		return this.lookup.findPortalUser(username, (id) -> true).orElseThrow();
	}

	private long unitId(String name) {
		return this.jdbc.sql("select id from unit where name = ?").param(name).query(Long.class).single();
	}

	/** A council reviewer of the unit (the demo has one only in Phú Sơn; the account is hdnd's). */
	private PortalUser reviewerOf(long unitId) {
		return new PortalUser(this.reviewer.accountId(), "hdnd-" + unitId, null, "Thường trực " + unitId, unitId,
				Role.COUNCIL_REVIEWER, null, true);
	}

}
