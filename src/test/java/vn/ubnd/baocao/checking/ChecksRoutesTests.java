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

}
