package vn.ubnd.baocao.indicator;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator panel in Chromium: the editor loads it, figures typed in a row are saved without a button and the
 * ratios appear, a malformed number is refused in the row's status line.
 */
@PortalIntegrationTest
class IndicatorPanelBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountLookup lookup;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aClerkTypesFiguresAndSeesTheRatios() {
		PortalUser clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		ReportKind kind = this.kinds.all()
			.stream()
			.filter((k) -> k.getCode().equals("bc-6-thang-chi-dao-dieu-hanh"))
			.findFirst()
			.orElseThrow();
		// a year no other test uses, so that no report of last year fills in the same period
		Report report = this.reports.create(clerk,
				new ReportService.NewReport(kind.getId(), 2085, 1, null, null, false));

		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		b.open("/login");
		b.driver().findElement(By.id("username")).sendKeys("vanthu");
		b.driver().findElement(By.id("password")).sendKeys("Demo@2026", Keys.ENTER);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		b.open("/reports/" + report.getId() + "/edit");

		WebElement row = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#indicators tr.indicator-row[data-code=THU_NSNN]")));
		String id = row.getAttribute("id").replace("indicator-", "");
		row.findElement(By.name("actual")).sendKeys("270");
		row.findElement(By.name("targetCouncil")).sendKeys("335");
		row.findElement(By.name("samePeriod")).sendKeys("269");
		wait.until(ExpectedConditions.textToBe(By.id("ratio-" + id + "-council"), "Đạt 80,60%"));
		wait.until(ExpectedConditions.textMatches(By.id("ratio-" + id + "-same-period"),
				Pattern.compile(".*100,37%.*")));
		wait.until(ExpectedConditions.textMatches(By.id("status-indicator-" + id),
				Pattern.compile("Đã lưu lúc \\d\\d:\\d\\d:\\d\\d")));
		assertThat(b.consoleErrors()).isEmpty();
		b.screenshot("60-indicators-saved");
		// the row keeps saving on the new version
		WebElement actual = b.driver().findElement(By.cssSelector("#indicator-" + id + " input[name=actual]"));
		actual.sendKeys(Keys.END, ".000");
		wait.until(ExpectedConditions.textToBe(By.id("ratio-" + id + "-council"), "Đạt 80.597,01%"));
		BigDecimalAssert.stored(this.jdbc, report.getId(), Long.parseLong(id), "270000");

		WebElement province = b.driver().findElement(By.cssSelector("#indicator-" + id + " input[name=targetProvince]"));
		province.sendKeys("1,2,3");
		wait.until(ExpectedConditions.textMatches(By.id("status-indicator-" + id),
				Pattern.compile(".*\"1,2,3\" không phải là số viết đúng cách.*")));
		b.screenshot("61-indicators-malformed");
		BigDecimalAssert.stored(this.jdbc, report.getId(), Long.parseLong(id), "270000");
	}

	/** The stored actual figure. */
	static final class BigDecimalAssert {

		static void stored(JdbcClient jdbc, long reportId, long indicatorId, String expected) {
			java.math.BigDecimal actual = jdbc
				.sql("select actual from indicator_value where report_id = ? and indicator_id = ?")
				.params(reportId, indicatorId)
				.query(java.math.BigDecimal.class)
				.single();
			assertThat(actual).isEqualByComparingTo(expected);
		}

	}

}
