package vn.ubnd.baocao.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.indicator.IndicatorService;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the period overview, the indicator pages and search as a person sees them in Chromium, with
 * screenshots ({@code target/screenshots/overview-*.png}) and no script or Content-Security-Policy errors.
 */
@PortalIntegrationTest
class OverviewBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	IndicatorService indicators;

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	private Browser signIn(String username) {
		if (browser == null) {
			browser = new Browser(this.port);
		}
		browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys("Demo@2026", Keys.ENTER);
		return browser;
	}

	private ReportKind kind() {
		return this.kinds.active()
			.stream()
			.filter((k) -> k.getCode().equals("bc-6-thang-tinh-hinh-cong-tac"))
			.findFirst()
			.orElseThrow();
	}

	private void figures(PortalUser clerk, Report report, String actual, String council) {
		long indicator = this.indicators.catalogue(report.getUnitId(), report.getKindId()).get(0).getId();
		this.indicators.saveValue(clerk, report.getId(), indicator, -1,
				new IndicatorService.FiguresInput(actual, false, council, null, null, null));
	}

	@Test
	void aClerkSearchesAndFollowsAHitToItsSection() {
		PortalUser clerk = this.fixtures.user("vanthu");
		Report report = this.reports.create(clerk,
				new ReportService.NewReport(kind().getId(), 2007, 1, null, null, false));
		ReportSection first = report.childrenOf(null).get(0);
		String tag = "mãtrang" + System.nanoTime() % 1_000_000;
		this.reports.editSection(clerk, report.getId(), first.getId(), first.getVersion(), first.getTitle(),
				"Tổng thu ngân sách nhà nước trên địa bàn " + tag + " ước đạt 270 tỷ đồng, bằng 80,6% dự toán.\n"
						+ "Chi ngân sách địa phương bảo đảm các nhiệm vụ chi thường xuyên.");
		Browser b = signIn("vanthu");
		WebElement box = b.driver().findElement(By.id("home-q"));
		box.sendKeys("thu ngan sach dia ban " + tag, Keys.ENTER);
		assertThat(b.driver().getCurrentUrl()).contains("/search");
		assertThat(b.texts(".search-hit mark")).contains("thu", "ngân", "sách", "địa", "bàn");
		b.screenshot("overview-01-search");
		b.driver().findElement(By.cssSelector(".search-hit-title")).click();
		assertThat(b.driver().getCurrentUrl()).contains("/reports/" + report.getId() + "#doc-section-" + first.getId());
		assertThat(b.driver().findElements(By.id("doc-section-" + first.getId()))).hasSize(1);
		b.open("/search?q=%25_%27");
		b.screenshot("overview-02-search-punctuation");
		assertThat(b.text("main")).contains("Hãy nhập chữ hoặc số cần tìm.");
		assertThat(b.consoleErrors()).isEmpty();
	}

	@Test
	void theOverviewAndTheIndicatorPages() {
		PortalUser clerk = this.fixtures.user("vanthu");
		Report earlier = this.reports.create(clerk, new ReportService.NewReport(kind().getId(), 2008, 1, null, null,
				false));
		figures(clerk, earlier, "250", "300");
		Report later = this.reports.create(clerk, new ReportService.NewReport(kind().getId(), 2008, 2, null, null,
				false));
		figures(clerk, later, "280", "300");
		this.workflow.submit(clerk, earlier.getId());
		Browser b = signIn("vanthu");
		b.open("/overview?kindId=" + kind().getId() + "&year=2008&number=1");
		assertThat(b.texts(".overview-table tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(b.text(".overview-table")).contains("Huyện Phú Sơn").contains("Xã Hòa An").contains("Chưa tạo");
		b.screenshot("overview-03-period");
		b.open("/overview/indicators?kindId=" + kind().getId() + "&code=THU_NSNN");
		assertThat(b.driver().findElements(By.cssSelector(".trend-chart rect.bar"))).isNotEmpty();
		b.screenshot("overview-04-trend");
		b.open("/overview/indicators/units?kindId=" + kind().getId() + "&year=2008&number=1&code=THU_NSNN");
		assertThat(b.text(".across-table")).contains("Xã Hòa An").contains("Tổng hợp Huyện Phú Sơn");
		b.screenshot("overview-05-across");
		b.open("/overview/indicators/units?kindId=" + kind().getId() + "&year=2008&number=1&code=TY_LE_HO_NGHEO");
		assertThat(b.text(".rollup-not-summable")).contains("tỷ lệ nên không cộng được");
		b.screenshot("overview-06-across-ratio");
		b.open("/");
		assertThat(b.text(".home-deadlines")).contains("Hạn gửi sắp tới");
		b.screenshot("overview-07-home-clerk");
		assertThat(b.consoleErrors()).isEmpty();
		Browser reviewer = signIn("hdnd");
		reviewer.open("/");
		reviewer.screenshot("overview-08-home-reviewer");
		Browser chair = signIn("chutich");
		chair.open("/");
		chair.screenshot("overview-09-home-chair");
		assertThat(chair.consoleErrors()).isEmpty();
	}

}
