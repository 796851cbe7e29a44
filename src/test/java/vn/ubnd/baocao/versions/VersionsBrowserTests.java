package vn.ubnd.baocao.versions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the council's reviewer sees in Chromium: on a resubmitted report, one click in the workflow panel opens the
 * previous submission and the new one side by side, with the counts, the legend and the changes marked; the page
 * prints with its colours. Screenshots and the printed PDF go to {@code target/screenshots}.
 */
@PortalIntegrationTest
class VersionsBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	VersionFixtures fixtures;

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theReviewerSeesWhatChangedSinceTheReturnInOneClick() throws IOException {
		long id = this.fixtures.resubmitted();
		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

		b.signIn("hdnd");
		b.open("/reports/" + id);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("versions-changes")));
		WebElement changes = b.driver().findElement(By.id("versions-changes"));
		assertThat(changes.getText()).isEqualTo("Xem thay đổi so với lần trình bị trả lại");
		b.scrollTo(changes);
		b.screenshot("60-versions-panel-link");
		changes.click();

		wait.until(ExpectedConditions.urlContains("/versions/compare?from=1&to=2"));
		assertThat(b.text("h1")).matches("So sánh: Lần trình 1 \\(\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}, vanthu\\) → "
				+ "Lần trình 2 \\(\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}, vanthu\\)");
		assertThat(b.text("#versions-summary"))
			.isEqualTo("1 mục thêm, 1 mục xóa, 1 mục di chuyển, 1 mục sửa nội dung, 1 chỉ tiêu thay đổi");
		assertThat(b.text(".versions-legend")).contains("chữ thêm", "chữ bỏ", "Mục di chuyển");
		// inserted and deleted words are coloured and marked so that they read in black and white too
		WebElement inserted = b.driver().findElement(By.cssSelector(".versions-diff ins"));
		WebElement deleted = b.driver().findElement(By.cssSelector(".versions-diff del"));
		assertThat(inserted.getText()).isEqualTo("khá");
		assertThat(deleted.getText()).isEqualTo("ổn định");
		assertThat(inserted.getCssValue("text-decoration-line")).isEqualTo("underline");
		assertThat(deleted.getCssValue("text-decoration-line")).isEqualTo("line-through");
		assertThat(inserted.getCssValue("background-color")).isNotEqualTo(deleted.getCssValue("background-color"));
		// unchanged stretches are folded; opening one shows its text
		WebElement folded = b.driver().findElement(By.cssSelector(".versions-folded summary"));
		b.scrollTo(folded);
		assertThat(b.driver().findElement(By.cssSelector(".versions-folded details p")).isDisplayed()).isFalse();
		b.screenshot("61-versions-compare-top");
		b.scrollTo(b.driver().findElement(By.cssSelector(".versions-diff .versions-badge-moved")));
		b.screenshot("62-versions-compare-moved");
		b.scrollTo(b.driver().findElement(By.id("indicator-THU_NSNN")));
		b.screenshot("63-versions-compare-indicators");
		assertThat(b.text("#indicator-THU_NSNN")).contains("12.500", "13.470", "93,14%", "100,37%");

		// printed: the marks keep their colours
		String pdf = (String) b.driver()
			.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false, "landscape", true))
			.get("data");
		Path file = Path.of("target", "screenshots", "64-versions-compare-print.pdf");
		Files.write(file, Base64.getDecoder().decode(pdf));
		assertThat(Files.size(file)).isGreaterThan(10_000);

		// the list of submissions, with the return and its reason
		b.open("/reports/" + id + "/versions");
		assertThat(b.text("#version-1")).contains("Lần trình 1", "Bị trả lại", VersionFixtures.RETURN_REASON,
				"Nguyên vẹn");
		b.screenshot("65-versions-list");
		assertThat(b.consoleErrors()).isEmpty();
	}

}
