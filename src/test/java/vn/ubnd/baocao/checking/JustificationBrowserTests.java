package vn.ubnd.baocao.checking;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checker error justified in Chromium: the clerk sees the error in the editor's panel and the submit button
 * disabled, writes why the figure is right beside the error, and the error shows as justified while the workflow
 * panel lets her submit; the council reviewer then reads the justification on the report page.
 */
@PortalIntegrationTest
class JustificationBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportService reports;

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theClerkJustifiesAnErrorSubmitsAndTheReviewerReadsWhy() {
		PortalUser clerk = this.fixtures.user("vanthu");
		Report report = this.fixtures.draft("vanthu");
		ReportSection first = report.childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), first.getId(), first.getVersion(), first.getTitle(),
				JustificationTests.WRONG);

		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		b.signIn("vanthu");
		b.open("/reports/" + report.getId() + "/edit");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding-error")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workflow-panel button[disabled]")));
		assertThat(b.text("#workflow-panel")).contains("Còn 1 lỗi chưa sửa hoặc chưa giải trình");
		assertThat(b.text("#findings-" + first.getId())).isEqualTo("1 điểm cần xem");

		WebElement toggle = b.driver().findElement(By.cssSelector("#findings .justification-new summary"));
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", toggle);
		toggle.click();
		WebElement text = b.driver().findElement(By.cssSelector("#findings .justification-new textarea"));
		text.sendKeys("Tỷ lệ tính trên dự toán điều chỉnh theo Nghị quyết số 12/NQ-HĐND (284,2 tỷ đồng).");
		b.screenshot("40-justification-form");
		b.driver().findElement(By.cssSelector("#findings .justification-new button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding-justified")));
		assertThat(b.text("#findings .finding-justified .justification")).contains("Nghị quyết số 12/NQ-HĐND",
				"Nguyễn Thị Lan, lúc");
		assertThat(b.text("#findings-" + first.getId())).isEmpty();
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				b.driver().findElement(By.cssSelector("#findings .finding-justified")));
		b.screenshot("41-justification-recorded");
		// the workflow panel heard of it: nothing blocks the submission any more
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#workflow-panel button[disabled]")));
		WebElement submit = b.driver().findElement(By.cssSelector("#workflow-panel form[action$=submit] button"));
		assertThat(submit.isEnabled()).isTrue();
		assertThat(b.consoleErrors()).isEmpty();
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
		submit.click();
		wait.until(ExpectedConditions.urlMatches("/reports/" + report.getId() + "$"));

		b.driver().manage().deleteAllCookies();
		b.signIn("hdnd");
		b.open("/reports/" + report.getId());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".checks-page .finding-justified")));
		assertThat(b.text(".checks-page")).contains("Đã giải trình", "Nghị quyết số 12/NQ-HĐND", "Nguyễn Thị Lan");
		assertThat(b.driver().findElements(By.cssSelector(".checks-page form"))).isEmpty();
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})",
				b.driver().findElement(By.cssSelector(".checks-page")));
		b.screenshot("42-justification-reviewer");
		assertThat(b.consoleErrors()).isEmpty();
	}

}
