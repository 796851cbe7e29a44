package vn.ubnd.baocao.report;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor in Chromium, as a clerk uses it: create a 6-month report, type, see it saved without a save button,
 * close the tab and find the text again, restructure the outline with the buttons and see the numbers follow.
 */
@PortalIntegrationTest
class ReportEditorBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aClerkWritesAReportAndEverythingIsSavedAsSheTypes() {
		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		b.open("/login");
		b.driver().findElement(By.id("username")).sendKeys("vanthu");
		b.driver().findElement(By.id("password")).sendKeys("Demo@2026", Keys.ENTER);
		b.driver().findElement(By.linkText("Báo cáo")).click();
		b.driver().findElement(By.linkText("Tạo báo cáo")).click();
		new Select(b.driver().findElement(By.id("kindId")))
			.selectByVisibleText("Báo cáo 6 tháng về công tác chỉ đạo, điều hành và nhiệm vụ 6 tháng tiếp theo");
		WebElement year = b.driver().findElement(By.id("year"));
		year.clear();
		year.sendKeys("2025");
		WebElement number = b.driver().findElement(By.id("number"));
		number.clear();
		number.sendKeys("1");
		b.screenshot("20-report-new");
		b.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sections")));
		String editorUrl = b.driver().getCurrentUrl();
		List<String> top = b.texts("#sections .editor-depth-0 .section-number");
		assertThat(top).startsWith("I.", "II.", "III.");
		b.screenshot("21-editor-new");

		WebElement firstBody = b.driver().findElements(By.cssSelector("#sections textarea.section-body")).get(0);
		String sectionId = firstBody.getAttribute("id").replace("body-", "");
		firstBody.sendKeys("Kinh tế tiếp tục tăng trưởng ổn định.", Keys.ENTER,
				"- Thu ngân sách đạt 52% dự toán^[Số liệu ước đến 14/6.];");
		wait.until(ExpectedConditions.textMatches(By.id("status-" + sectionId),
				java.util.regex.Pattern.compile("Đã lưu lúc \\d\\d:\\d\\d:\\d\\d")));
		assertThat(b.text("#last-saved")).startsWith("Đã lưu lúc");
		b.screenshot("22-editor-saved");

		// close the tab's page entirely and come back: the text is there
		b.driver().get("about:blank");
		b.driver().get(editorUrl);
		WebElement reloaded = b.driver().findElement(By.id("body-" + sectionId));
		assertThat(reloaded.getAttribute("value")).isEqualTo(
				"Kinh tế tiếp tục tăng trưởng ổn định.\n- Thu ngân sách đạt 52% dự toán^[Số liệu ước đến 14/6.];");

		// a wrong ratio is caught by the checker panel
		WebElement secondBody = b.driver().findElements(By.cssSelector("#sections textarea.section-body")).get(1);
		String secondId = secondBody.getAttribute("id").replace("body-", "");
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", secondBody);
		secondBody.sendKeys("Thu ngân sách ước đạt 270 tỷ đồng, đạt 95% dự toán Hội đồng nhân dân huyện giao (300 tỷ đồng).");
		wait.until(ExpectedConditions.textMatches(By.id("status-" + secondId),
				java.util.regex.Pattern.compile("Đã lưu lúc")));
		WebElement recheck = b.driver().findElement(By.xpath("//button[normalize-space()='Kiểm tra lại']"));
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", recheck);
		recheck.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding-error")));
		assertThat(b.text("#findings")).contains("95%");
		b.screenshot("25-editor-checks");
		assertThat(b.text("#findings-" + secondId)).isEqualTo("1 điểm cần xem");
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				b.driver().findElement(By.id("sec-" + secondId)));
		b.screenshot("25b-editor-section-badge");

		// indent the second top-level section: it becomes a child of the first, and the numbers follow
		List<WebElement> indentButtons = b.driver().findElements(By.cssSelector("#sections .editor-depth-0 button[title='Lùi vào một cấp']"));
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", indentButtons.get(1));
		indentButtons.get(1).click();
		wait.until((d) -> b.texts("#sections .editor-depth-0 .section-number").size() == top.size() - 1);
		assertThat(b.texts("#sections .editor-depth-0 .section-number")).startsWith("I.", "II.");
		assertThat(b.texts("#outline li").size()).isEqualTo(b.texts("#sections .section-number").size());
		b.screenshot("23-editor-indented");

		b.driver().get(b.driver().findElement(By.linkText("Xem bản trình bày")).getAttribute("href"));
		assertThat(b.text("article")).contains("Kinh tế tiếp tục tăng trưởng ổn định.", "Số liệu ước đến 14/6.");
		assertThat(b.text("article")).doesNotContain("^[");
		b.screenshot("24-report-view");
		assertThat(b.consoleErrors()).isEmpty();

		// the print view: the official layout, its own page styles allowed, no script and no console error
		b.open(editorUrl.substring(editorUrl.indexOf("/reports/")).replace("/edit", "/print"));
		assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "DỰ THẢO", "Kinh tế tiếp tục tăng trưởng ổn định.");
		b.screenshot("26-print-view");
		assertThat(b.consoleErrors()).isEmpty();
	}

}
