package vn.ubnd.baocao.checking;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * The checker over a report written in the portal: the JSON route and the editor's panel.
 */
@PortalIntegrationTest
class ChecksRoutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aWrongRatioIsReportedWithItsSectionAndTheRightValue() throws Exception {
		PortalUser clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		long kind = this.kinds.active().stream().filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR).findFirst()
			.orElseThrow().getId();
		Report report = this.reports.create(clerk, new ReportService.NewReport(kind, 2045, 1, null, null, false));
		ReportSection section = report.childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), section.getId(), section.getVersion(), section.getTitle(),
				"Thu ngân sách trên địa bàn ước đạt 270 tỷ đồng, đạt 95% dự toán Hội đồng nhân dân huyện giao (300 tỷ đồng).\n"
						+ "Chi ngân sách ước đạt 150 tỷ đồng, đạt 50% dự toán Hội đồng nhân dân huyện giao (300 tỷ đồng).");
		MvcResult json = this.mvc.perform(get("/api/reports/" + report.getId() + "/checks").with(user(clerk)))
			.andReturn();
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		tools.jackson.databind.JsonNode findings = new tools.jackson.databind.ObjectMapper()
			.readTree(json.getResponse().getContentAsString());
		assertThat(findings.size()).isEqualTo(1);
		tools.jackson.databind.JsonNode finding = findings.get(0);
		assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
		assertThat(finding.get("code").asString()).isEqualTo("RATIO_MISMATCH");
		assertThat(finding.get("section").asString()).isEqualTo("I");
		assertThat(finding.get("quote").asString()).contains("95%");
		assertThat(finding.get("expected").asString()).startsWith("90");
		assertThat(finding.get("message").asString()).isNotBlank();

		MvcResult panel = this.mvc.perform(get("/reports/" + report.getId() + "/checks").with(user(clerk))).andReturn();
		org.jsoup.nodes.Document page = Jsoup.parse(panel.getResponse().getContentAsString());
		assertThat(page.select(".finding-error")).hasSize(1);
		// the finding links to its section, and the section's card gets a badge (out of band); others get none
		assertThat(page.select(".finding-error a").attr("href")).isEqualTo("#sec-" + section.getId());
		assertThat(page.select("#findings-" + section.getId() + " .badge").text()).isEqualTo("1 điểm cần xem");
		assertThat(page.select(".section-findings .badge")).hasSize(1);
		assertThat(page.select(".section-findings")).hasSizeGreaterThan(5);
	}

	@Test
	void theProseIsCheckedAsItPrintsWithTheIndicatorsFigures() throws Exception {
		PortalUser clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		long kind = this.kinds.all().stream().filter((k) -> k.getCode().equals("bc-6-thang-chi-dao-dieu-hanh"))
			.findFirst()
			.orElseThrow()
			.getId();
		Report report = this.reports.create(clerk, new ReportService.NewReport(kind, 2046, 1, null, null, false));
		ReportSection section = report.childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), section.getId(), section.getVersion(), section.getTitle(),
				"Thu ngân sách đạt {{chỉ tiêu THU_NSNN}}, đạt 95% dự toán Hội đồng nhân dân huyện giao (300 triệu đồng).");
		assertThat(findings(clerk, report)).isEmpty();
		long indicator = this.jdbc.sql("select id from indicator where unit_id = ? and kind_id = ? and code = 'THU_NSNN'")
			.params(clerk.unitId(), kind)
			.query(Long.class)
			.single();
		assertThat(this.mvc.perform(form(post("/reports/" + report.getId() + "/indicators/" + indicator), clerk,
				"actual", "270", "version", "-1")).andReturn().getResponse().getStatus()).isEqualTo(200);
		tools.jackson.databind.JsonNode findings = findings(clerk, report);
		assertThat(findings.size()).isEqualTo(1);
		assertThat(findings.get(0).get("code").asString()).isEqualTo("RATIO_MISMATCH");
		assertThat(findings.get(0).get("quote").asString()).startsWith("270 triệu đồng, đạt 95%");
		assertThat(findings.get(0).get("expected").asString()).isEqualTo("90%");
	}

	@Test
	void aFirstCheckInAReadOnlyTransactionStartsTheCatalogue(
			@org.springframework.beans.factory.annotation.Autowired vn.ubnd.baocao.workflow.ReportWorkflow workflow) {
		PortalUser clerk = this.lookup.findPortalUser("vanthu2", (id) -> true).orElseThrow();
		long kind = this.kinds.all().stream().filter((k) -> k.getCode().equals("bc-hoat-dong-nhiem-ky"))
			.findFirst()
			.orElseThrow()
			.getId();
		String count = "select count(*) from indicator where unit_id = ? and kind_id = ?";
		org.junit.jupiter.api.Assumptions.assumeTrue(
				this.jdbc.sql(count).params(clerk.unitId(), kind).query(Long.class).single() == 0,
				"Tân Hà's catalogue of term indicators is already started");
		Report report = this.reports.create(clerk, new ReportService.NewReport(kind, null, null,
				java.time.LocalDate.of(2021, 7, 1), java.time.LocalDate.of(2026, 6, 30), false));
		// blockingFindings reads in a read-only transaction; the catalogue is started apart
		assertThat(workflow.blockingFindings(clerk, report.getId())).isEmpty();
		assertThat(this.jdbc.sql(count).params(clerk.unitId(), kind).query(Long.class).single())
			.isEqualTo(this.kinds.get(kind).toDefinition().indicators().size());
	}

	private tools.jackson.databind.JsonNode findings(PortalUser user, Report report) throws Exception {
		MvcResult json = this.mvc.perform(get("/api/reports/" + report.getId() + "/checks").with(user(user)))
			.andReturn();
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		return new tools.jackson.databind.ObjectMapper().readTree(json.getResponse().getContentAsString());
	}

}