package vn.ubnd.baocao.versions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.DatabaseOwner;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.versions.VersionComparison.FigureChange;
import vn.ubnd.baocao.versions.VersionComparison.SectionChange;
import vn.ubnd.baocao.versions.VersionComparison.SectionKind;
import vn.ubnd.baocao.versions.internal.VersionStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ubnd.baocao.MvcForms.page;

/**
 * Versions through the real workflow and over HTTP: each submission is kept; after a return and a revision the
 * comparison reports exactly what the clerk changed; versions cannot be changed or removed; only those who may read
 * the report see them.
 */
@PortalIntegrationTest
class VersionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	VersionFixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	MessageSource messages;

	@Autowired
	ReportVersions versions;

	@Test
	void eachSubmissionIsKeptAndTheComparisonReportsExactlyWhatTheClerkChanged() throws Exception {
		long id = this.fixtures.resubmitted();
		PortalUser reviewer = this.fixtures.user("hdnd");

		List<ReportVersions.Version> kept = this.versions.versions(reviewer, id);
		assertThat(kept).extracting(ReportVersions.Version::number).containsExactly(1, 2);
		assertThat(kept).allSatisfy((v) -> {
			assertThat(v.submittedBy()).isEqualTo("vanthu");
			assertThat(v.intact()).isTrue();
			assertThat(v.sha256()).matches("[0-9a-f]{64}");
		});
		assertThat(kept.get(0).after()).singleElement().satisfies((step) -> {
			assertThat(step.reason()).isEqualTo(VersionFixtures.RETURN_REASON);
			assertThat(step.actorName()).isEqualTo("hdnd");
		});
		assertThat(kept.get(1).after()).isEmpty();

		// stored as JSON (dates ISO, numbers exact and as printed) with the SHA-256 of its canonical text
		Map<String, Object> stored = this.jdbc.sql("""
				select content->>'format' as format, content->'header'->>'deadline' as deadline,
				       content->'indicators'->0->'actual'->>'value' as actual, content::text as text, content_sha256
				from report_version where report_id = ? and number = 1""").param(id).query().singleRow();
		assertThat(stored.get("format")).isEqualTo("1");
		assertThat((String) stored.get("deadline")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(stored.get("actual")).isEqualTo("12500");
		assertThat(stored.get("content_sha256")).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256")
				.digest(((String) stored.get("text")).getBytes(StandardCharsets.UTF_8))));

		Snapshot first = this.versions.snapshot(reviewer, id, 1);
		assertThat(first.header().summary()).startsWith("Công tác chỉ đạo, điều hành");
		assertThat(first.sections()).extracting(Snapshot.Section::title).contains("Khó khăn")
			.doesNotContain("Dự báo tình hình");
		assertThat(first.sections().get(0).label()).isEqualTo("I.");
		assertThat(first.closing().signatureLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
		Snapshot.Indicator revenue = first.indicators().stream()
			.filter((i) -> i.code().equals("THU_NSNN"))
			.findFirst()
			.orElseThrow();
		assertThat(revenue.actual()).isEqualTo(new Snapshot.Figure("12500", "12.500"));
		assertThat(revenue.percentOfCouncil().printed()).isEqualTo("93,14%");
		assertThat(revenue.unitOfMeasure()).isEqualTo("triệu đồng");

		VersionComparison comparison = this.versions.compare(reviewer, id, 1, 2);
		assertThat(comparison.summary()).isEqualTo(new VersionComparison.Summary(1, 1, 1, 0, 1, 1, false, false));
		assertThat(changed(comparison)).extracting(SectionChange::kind, SectionChange::numberBefore,
				SectionChange::numberAfter, SectionChange::moved)
			.containsExactly(
					tuple(SectionKind.CHANGED, "1.", "1.", false),
					tuple(SectionKind.REMOVED, "2.", null, false),
					tuple(SectionKind.ADDED, null, "2.", false),
					tuple(SectionKind.CHANGED, "b)", "a)", false),
					tuple(SectionKind.CHANGED, "c)", "b)", false),
					tuple(SectionKind.CHANGED, "a)", "c)", true));
		assertThat(comparison.indicators()).singleElement().satisfies((change) -> {
			assertThat(change.code()).isEqualTo("THU_NSNN");
			assertThat(change.figures()).containsExactly(new FigureChange("estimated", "false", "true"),
					new FigureChange("actual", "12.500", "13.470"),
					new FigureChange("percentOfCouncil", "93,14%", "100,37%"),
					new FigureChange("percentOfSamePeriod", "101,26%", "109,11%"));
		});

		// the page, as the reviewer sees it
		Document html = page(this.mvc, get("/reports/" + id + "/versions/compare?from=1&to=2").with(user(reviewer)));
		assertThat(html.select("#versions-summary").text())
			.startsWith("1 mục thêm, 1 mục xóa, 1 mục di chuyển, 1 mục sửa nội dung, 1 chỉ tiêu thay đổi");
		Element edited = html.getElementById("section-" + this.fixtures.section(id, "Thuận lợi").getId())
			.nextElementSibling();
		assertThat(edited.select("td.versions-before del").text()).isEqualTo("ổn định");
		assertThat(edited.select("td.versions-after ins").text()).isEqualTo("khá");
		assertThat(html.select("tr.versions-section-added").text()).contains("2. Dự báo tình hình", "Mục mới");
		assertThat(html.select("tr.versions-section-removed").text()).contains("2. Khó khăn", "Đã xóa");
		assertThat(html.select(".versions-diff .versions-badge-moved").text()).isEqualTo("Di chuyển: a) → c)");
		assertThat(html.select("#indicator-THU_NSNN").text()).contains("Thu ngân sách nhà nước trên địa bàn",
				"(triệu đồng)", "Thực hiện 12.500 13.470", "Ước thực hiện", "% so với chỉ tiêu HĐND 93,14% 100,37%");
		// the clerk's text is text: "<b>chi</b>" is shown, never made bold
		assertThat(html.select(".versions-diff b")).isEmpty();
		assertThat(html.select(".versions-diff").text()).contains("<b>chi</b>");

		// one click from the workflow panel: the version that was returned against the one resubmitted
		Document panel = page(this.mvc, get("/reports/" + id + "/workflow").with(user(reviewer)));
		assertThat(panel.select("#versions-changes").attr("href")).isEqualTo("/reports/" + id + "/versions/changes");
		assertThat(panel.select("#versions-changes").text()).isEqualTo("Xem thay đổi so với lần trình bị trả lại");
		MvcResult changes = this.mvc.perform(get("/reports/" + id + "/versions/changes").with(user(reviewer)))
			.andReturn();
		assertThat(changes.getResponse().getRedirectedUrl())
			.isEqualTo("/reports/" + id + "/versions/compare?from=1&to=2");

		// the list
		Document list = page(this.mvc, get("/reports/" + id + "/versions").with(user(reviewer)));
		assertThat(list.select("tr#version-1").text()).contains("Lần trình 1", "vanthu", "Bị trả lại",
				VersionFixtures.RETURN_REASON, "Nguyên vẹn");
		assertThat(list.select("tr#version-2 a").attr("href"))
			.isEqualTo("/reports/" + id + "/versions/compare?from=1&to=2");
	}

	@Test
	void theClerkSeesWhatChangedSinceTheSubmissionBeforeSubmittingAgain() throws Exception {
		long id = this.fixtures.revised();
		PortalUser clerk = this.fixtures.user("vanthu");
		VersionComparison comparison = this.versions.compare(clerk, id, 1, null);
		assertThat(comparison.after().isCurrent()).isTrue();
		assertThat(comparison.summary()).isEqualTo(new VersionComparison.Summary(1, 1, 1, 0, 1, 1, false, false));

		Document panel = page(this.mvc, get("/reports/" + id + "/workflow").with(user(clerk)));
		assertThat(panel.select("#versions-changes").text()).isEqualTo("Xem những gì đã sửa từ lần trình gần nhất");
		assertThat(this.mvc.perform(get("/reports/" + id + "/versions/changes").with(user(clerk)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/reports/" + id + "/versions/compare?from=1&to=current");
		Document html = page(this.mvc,
				get("/reports/" + id + "/versions/compare?from=1&to=current").with(user(clerk)));
		assertThat(html.select("h1").text()).contains("Lần trình 1", "Bản hiện tại");
		assertThat(html.select("#versions-summary").text()).startsWith("1 mục thêm, 1 mục xóa, 1 mục di chuyển");
		// the header, changed now, shows in its own part
		Report report = this.reports.readable(clerk, id);
		this.reports.editHeader(clerk, id, report.getVersion(),
				new Report.Header(report.getSummary() + " (bổ sung)", report.getAddressees(), report.getOpening(),
						null, null, report.getDeadline().plusDays(2), null));
		html = page(this.mvc, get("/reports/" + id + "/versions/compare?from=1&to=current").with(user(clerk)));
		assertThat(html.select("#versions-summary").text()).contains("Phần đầu có thay đổi.");
		assertThat(html.select(".versions-field").eachText()).containsExactly("Trích yếu", "Hạn gửi");
		assertThat(html.select(".versions-line-changed ins").eachText()).contains("(bổ sung)",
				report.getDeadline().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		// a returned report is its own unit's business: the reviewer of the unit reads it, another unit does not
		assertThat(status("/reports/" + id + "/versions/compare?from=1&to=current", this.fixtures.user("vanthu2")))
			.isEqualTo(404);
	}

	@Test
	void aFirstSubmissionHasNothingToCompareYet() throws Exception {
		long id = this.fixtures.submittedOnce();
		PortalUser reviewer = this.fixtures.user("hdnd");
		Document panel = page(this.mvc, get("/reports/" + id + "/workflow").with(user(reviewer)));
		assertThat(panel.select("#versions-changes")).isEmpty();
		assertThat(panel.select("a[href$=/versions]").text()).isEqualTo("Các lần trình");
		MvcResult changes = this.mvc.perform(get("/reports/" + id + "/versions/changes").with(user(reviewer)))
			.andReturn();
		assertThat(changes.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id + "/versions");
		assertThat(changes.getFlashMap().get("notice")).isEqualTo("versions.changes.none");
		assertThat(this.messages.getMessage("versions.changes.none", null, Locale.forLanguageTag("vi")))
			.isEqualTo("Chưa có hai lần trình để so sánh.");
		Document list = page(this.mvc, get("/reports/" + id + "/versions").with(user(reviewer)));
		assertThat(list.select("tr#version-1").text()).contains("Lần trình 1", "Đang chờ xử lý");
		// one version of a submitted report: nothing to choose from
		assertThat(list.select("form.versions-chooser")).isEmpty();
	}

	@Test
	void badParametersGetAMessageNeverAnError() throws Exception {
		long id = this.fixtures.resubmitted();
		PortalUser reviewer = this.fixtures.user("hdnd");
		String base = "/reports/" + id + "/versions/compare";
		assertRefused(base + "?from=2&to=2", reviewer, 400, "Hãy chọn hai lần trình khác nhau để so sánh.");
		assertRefused(base + "?from=abc&to=2", reviewer, 400, "Lần trình phải là một số nguyên dương (1, 2, …).");
		assertRefused(base + "?from=1&to=2.5", reviewer, 400, "Lần trình phải là một số nguyên dương (1, 2, …).");
		assertRefused(base + "?from=-1&to=2", reviewer, 400, "Lần trình phải là một số nguyên dương (1, 2, …).");
		assertRefused(base + "?from=99999999999999999999&to=2", reviewer, 400,
				"Lần trình phải là một số nguyên dương (1, 2, …).");
		assertRefused(base + "?from=1", reviewer, 400, "Hãy chọn hai lần trình để so sánh.");
		assertRefused(base, reviewer, 400, "Hãy chọn hai lần trình để so sánh.");
		assertRefused(base + "?from=1&to=7", reviewer, 404, "Báo cáo này không có lần trình được chọn.");
		assertThat(status("/reports/999999999/versions/compare?from=1&to=2", reviewer)).isEqualTo(404);
		assertThat(status("/reports/abc/versions", reviewer)).isEqualTo(400);
		assertThatThrownBy(() -> this.versions.compare(reviewer, id, 3, 1)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anotherUnitsUserFindsNoVersions() throws Exception {
		long id = this.fixtures.resubmitted();
		PortalUser stranger = this.fixtures.user("vanthu2");
		assertThat(status("/reports/" + id + "/versions", stranger)).isEqualTo(404);
		assertThat(status("/reports/" + id + "/versions/compare?from=1&to=2", stranger)).isEqualTo(404);
		assertThat(status("/reports/" + id + "/versions/compare?from=1&to=1", stranger)).isEqualTo(404);
		assertThat(status("/reports/" + id + "/versions/changes", stranger)).isEqualTo(404);
		assertThatThrownBy(() -> this.versions.versions(stranger, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.versions.snapshot(stranger, id, 1)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void versionsCannotBeChangedOrRemoved() throws Exception {
		long id = this.fixtures.submittedOnce();
		// the portal's own connections have no right to change a version
		for (String sql : List.of("update report_version set content = '{}'::jsonb where report_id = " + id,
				"update report_version set submitted_by_name = 'x' where report_id = " + id,
				"delete from report_version where report_id = " + id, "truncate report_version")) {
			assertThatThrownBy(() -> this.jdbc.sql(sql).update()).as(sql)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
		// and the trigger refuses it even to the owner of the table
		try (Connection owner = DatabaseOwner.connect(this.dataSource); Statement statement = owner.createStatement()) {
			for (String sql : List.of("update report_version set content = '{}'::jsonb where report_id = " + id,
					"delete from report_version where report_id = " + id, "truncate report_version")) {
				assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).hasMessageContaining("append-only");
			}
		}
		assertThat(this.versions.versions(this.fixtures.user("vanthu"), id)).singleElement()
			.satisfies((v) -> assertThat(v.intact()).isTrue());
		// the application has no way to write a version but adding one
		assertThat(Arrays.stream(VersionStore.class.getDeclaredMethods())
			.filter((m) -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName)).containsExactlyInAnyOrder("append", "rows", "find");
	}

	@Test
	void alteredContentIsDetected() throws Exception {
		long id = this.fixtures.submittedOnce();
		// only someone who owns the table can get past the trigger, and the hash tells
		try (Connection owner = DatabaseOwner.connect(this.dataSource); Statement statement = owner.createStatement()) {
			owner.setAutoCommit(false);
			statement.executeUpdate("alter table report_version disable trigger report_version_no_update_or_delete");
			statement.executeUpdate("update report_version set content = jsonb_set(content, '{header,summary}', "
					+ "'\"Khác\"') where report_id = " + id);
			statement.executeUpdate("alter table report_version enable trigger report_version_no_update_or_delete");
			owner.commit();
		}
		assertThat(this.versions.versions(this.fixtures.user("vanthu"), id)).singleElement()
			.satisfies((v) -> assertThat(v.intact()).isFalse());
	}

	private static List<SectionChange> changed(VersionComparison comparison) {
		return comparison.sections().stream().filter((s) -> !s.isSame()).toList();
	}

	private void assertRefused(String url, PortalUser user, int status, String message) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		Document html = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(html.select(".alert-danger").text()).as(url).isEqualTo(message);
		assertThat(html.select("form.versions-chooser")).as(url).hasSize(1);
	}

	private int status(String url, PortalUser user) throws Exception {
		return this.mvc.perform(get(url).with(user(user))).andReturn().getResponse().getStatus();
	}

}
