package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.MvcForms;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.KindDefinition.IndicatorSpec;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * A clerk fills in a report's indicators through the panel, over the real database: the catalogue started from the
 * kind, figures typed the Vietnamese way with the ratios computed, malformed numbers refused, and the same period
 * taken from last year's report.
 */
@PortalIntegrationTest
class IndicatorValuesTests {

	private static final String KIND = "bc-6-thang-chi-dao-dieu-hanh";

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
	IndicatorService indicators;

	PortalUser clerk;

	PortalUser reviewer;

	ReportKind kind;

	@BeforeEach
	void setUp() {
		this.clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		this.reviewer = this.lookup.findPortalUser("hdnd", (id) -> true).orElseThrow();
		this.kind = this.kinds.all().stream().filter((k) -> k.getCode().equals(KIND)).findFirst().orElseThrow();
	}

	@Test
	void theCatalogueStartsAsTheKindsDefaultIndicatorsOnce() throws Exception {
		Report report = create(2061);
		Document panel = panel(report, this.clerk);
		List<String> expected = this.kind.toDefinition().indicators().stream().map(IndicatorSpec::code).toList();
		assertThat(expected).isNotEmpty();
		assertThat(panel.select("tr.indicator-row").eachAttr("data-code")).containsExactlyElementsOf(expected);
		assertThat(panel.select("tr.indicator-row").first().text()).contains("Thu ngân sách nhà nước trên địa bàn",
				"triệu đồng");
		// a second use (another report, the service directly) adds nothing
		panel(create(2062), this.clerk);
		List<Indicator> catalogue = this.indicators.catalogue(this.clerk.unitId(), this.kind.getId());
		assertThat(catalogue).extracting(Indicator::getCode).containsExactlyElementsOf(expected);
		long stored = this.jdbc.sql("select count(*) from indicator where unit_id = ? and kind_id = ?")
			.params(this.clerk.unitId(), this.kind.getId())
			.query(Long.class)
			.single();
		assertThat(stored).isEqualTo(expected.size());
		assertThat(catalogue.get(0).getComparisons()).containsExactlyInAnyOrder(Comparison.TARGET_COUNCIL,
				Comparison.TARGET_PROVINCE, Comparison.SAME_PERIOD);
	}

	@Test
	void savingFiguresComputesTheRatiosAndAnOutdatedCopyIsRefused() throws Exception {
		Report report = create(2063);
		Element row = row(panel(report, this.clerk), "THU_NSNN");
		String id = row.id().replace("indicator-", "");
		MvcResult saved = save(report, id, "actual", "270", "targetCouncil", "335", "targetProvince", "300",
				"samePeriod", "269", "version", row.select("input[name=version]").val());
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		Document answer = Jsoup.parse(saved.getResponse().getContentAsString());
		assertThat(answer.select("#ratio-" + id + "-council").text()).isEqualTo("Đạt 80,60%");
		assertThat(answer.select("#ratio-" + id + "-province").text()).isEqualTo("Đạt 90,00%");
		assertThat(answer.select("#ratio-" + id + "-same-period").text()).contains("100,37%", "+1");
		assertThat(answer.select("#indicator-version-" + id).val()).isEqualTo("0");
		Map<String, Object> stored = this.jdbc
			.sql("""
					select actual, target_council, same_period, version
					from indicator_value where report_id = ? and indicator_id = ?""")
			.params(report.getId(), Long.parseLong(id))
			.query()
			.singleRow();
		assertThat((BigDecimal) stored.get("actual")).isEqualByComparingTo("270");
		assertThat((BigDecimal) stored.get("target_council")).isEqualByComparingTo("335");
		assertThat((BigDecimal) stored.get("same_period")).isEqualByComparingTo("269");

		// what the reviewer sees: the figures and the ratios, no inputs
		Element seen = row(panel(report, this.reviewer), "THU_NSNN");
		assertThat(seen.select("input")).isEmpty();
		assertThat(seen.text()).contains("270", "335", "Đạt 80,60%", "100,37%");

		// Vietnamese grouping and decimals are read as written
		MvcResult second = save(report, id, "actual", "1.234,5", "targetCouncil", "335", "version", "0");
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		assertThat(row(panel(report, this.clerk), "THU_NSNN").select("input[name=actual]").val())
			.isEqualTo("1.234,5");

		// a save on the copy before the last one: refused, nothing written
		MvcResult outdated = save(report, id, "actual", "1", "version", "0");
		assertThat(outdated.getResponse().getStatus()).isEqualTo(409);
		BigDecimal actual = this.jdbc
			.sql("select actual from indicator_value where report_id = ? and indicator_id = ?")
			.params(report.getId(), Long.parseLong(id))
			.query(BigDecimal.class)
			.single();
		assertThat(actual).isEqualByComparingTo("1234.5");
	}

	@Test
	void aMalformedNumberIsRefusedWithAVietnameseMessageAndNothingIsSaved() throws Exception {
		Report report = create(2064);
		Element row = row(panel(report, this.clerk), "CHI_NSDP");
		String id = row.id().replace("indicator-", "");
		MvcResult refused = save(report, id, "actual", "270", "targetCouncil", "1,2,3", "version", "-1");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		Document answer = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(answer.select(".indicator-error").eachText()).containsExactly(
				"Chỉ tiêu Nghị quyết HĐND giao: \"1,2,3\" không phải là số viết đúng cách (ví dụ 1.234,5).");
		long rows = this.jdbc.sql("select count(*) from indicator_value where report_id = ?")
			.param(report.getId())
			.query(Long.class)
			.single();
		assertThat(rows).isZero();
	}

	@Test
	void theSamePeriodComesFromLastYearsReportWhenLeftEmpty() throws Exception {
		Report lastYear = create(2065);
		String id = row(panel(lastYear, this.clerk), "THU_NSNN").id().replace("indicator-", "");
		assertThat(save(lastYear, id, "actual", "1.250,5", "version", "-1").getResponse().getStatus()).isEqualTo(200);

		Report thisYear = create(2066);
		Element row = row(panel(thisYear, this.clerk), "THU_NSNN");
		assertThat(row.select("input[name=samePeriod]").val()).isEqualTo("1.250,5");
		assertThat(row.select(".same-period-source")).hasSize(1);
		// another indicator without a figure last year stays empty
		assertThat(row(panel(thisYear, this.clerk), "CHI_NSDP").select("input[name=samePeriod]").val()).isEmpty();

		MvcResult saved = save(thisYear, id, "actual", "1.500", "samePeriod", "", "version", "-1");
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(saved.getResponse().getContentAsString()).select("#ratio-" + id + "-same-period").text())
			.contains("119,95%");
		// the chart across periods: last year's bar, then this report's
		List<String> bars = row(panel(thisYear, this.clerk), "THU_NSNN").select("svg.indicator-chart rect")
			.eachText();
		assertThat(bars).contains("1/2065: 1.250,5").last().isEqualTo("1/2066: 1.500");
		assertThat(row(panel(thisYear, this.clerk), "THU_NSNN").select("svg.indicator-chart rect.bar-current"))
			.hasSize(1);
		BigDecimal samePeriod = this.jdbc
			.sql("select same_period from indicator_value where report_id = ? and indicator_id = ?")
			.params(thisYear.getId(), Long.parseLong(id))
			.query(BigDecimal.class)
			.single();
		assertThat(samePeriod).isEqualByComparingTo("1250.5");

		// a figure typed for the same period wins over last year's
		MvcResult typed = save(thisYear, id, "actual", "1.500", "samePeriod", "1.000", "version", "0");
		assertThat(typed.getResponse().getStatus()).isEqualTo(200);
		assertThat(row(panel(thisYear, this.clerk), "THU_NSNN").select("input[name=samePeriod]").val())
			.isEqualTo("1.000");
		assertThat(row(panel(thisYear, this.clerk), "THU_NSNN").select(".same-period-source")).isEmpty();
	}

	@Test
	void theOfficialDocumentPrintsTheFiguresInTheProseAndAsATable() throws Exception {
		Report report = create(2068);
		String id = row(panel(report, this.clerk), "THU_NSNN").id().replace("indicator-", "");
		assertThat(save(report, id, "actual", "270", "targetCouncil", "335", "samePeriod", "269", "version", "-1")
			.getResponse()
			.getStatus()).isEqualTo(200);
		Report loaded = this.reports.readable(this.clerk, report.getId());
		var section = loaded.numberedSections().get(0).section();
		this.reports.editSection(this.clerk, report.getId(), section.getId(), section.getVersion(), section.getTitle(),
				"Thu ngân sách đạt {{chỉ tiêu THU_NSNN}}; chi {{Chỉ tiêu CHI_NSDP}}.\n{{câu chỉ tiêu THU_NSNN}}.\n{{bảng chỉ tiêu}}");

		Document print = MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/print").with(user(this.reviewer)));
		assertThat(print.text()).contains("Thu ngân sách đạt 270 triệu đồng; chi {{Chỉ tiêu CHI_NSDP}}.")
			.contains("Thu ngân sách nhà nước trên địa bàn thực hiện 270 triệu đồng, đạt 80,60% Nghị quyết Hội đồng "
					+ "nhân dân giao (335 triệu đồng), bằng 100,37% so với cùng kỳ (269 triệu đồng).")
			.doesNotContain("{{bảng chỉ tiêu}}")
			.doesNotContain("{{câu");
		Element table = print.selectFirst("table.data");
		assertThat(table).isNotNull();
		// the comparisons some row has a figure for, each with its percentage, under its name
		assertThat(table.select("thead tr").first().select("th").eachText()).containsExactly("Chỉ tiêu",
				"Đơn vị tính", "Thực hiện", "Nghị quyết HĐND giao", "Cùng kỳ năm trước");
		assertThat(table.select("thead tr").last().select("th").eachText()).containsExactly("Chỉ tiêu", "Tỷ lệ đạt",
				"Thực hiện", "So sánh");
		Element first = table.select("tr:has(td)").first();
		assertThat(first.select("td").eachText()).containsExactly("Thu ngân sách nhà nước trên địa bàn",
				"triệu đồng", "270", "335", "80,60%", "269", "100,37%");
		assertThat(table.select("tr:has(td)")).hasSize(this.kind.toDefinition().indicators().size());

		for (String format : List.of("pdf", "docx")) {
			MvcResult document = this.mvc.perform(get("/reports/" + report.getId() + "/" + format).with(user(this.clerk)))
				.andReturn();
			assertThat(document.getResponse().getStatus()).as(format).isEqualTo(200);
			assertThat(document.getResponse().getContentAsByteArray()).as(format).hasSizeGreaterThan(1000);
		}
	}

	@Test
	void theEditorLoadsThePanel() throws Exception {
		Report report = create(2067);
		Document editor = MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/edit").with(user(this.clerk)));
		assertThat(editor.select("#indicators").attr("hx-get")).isEqualTo("/reports/" + report.getId() + "/indicators");
	}

	private Report create(int year) {
		return this.reports.create(this.clerk,
				new ReportService.NewReport(this.kind.getId(), year, 1, null, null, false));
	}

	private Document panel(Report report, PortalUser user) throws Exception {
		return MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/indicators").with(user(user)));
	}

	private static Element row(Document panel, String code) {
		Element row = panel.selectFirst("tr.indicator-row[data-code=" + code + "]");
		assertThat(row).as(code).isNotNull();
		return row;
	}

	private MvcResult save(Report report, String indicatorId, String... params) throws Exception {
		return this.mvc
			.perform(form(post("/reports/" + report.getId() + "/indicators/" + indicatorId), this.clerk, params))
			.andReturn();
	}

}
