package vn.ubnd.baocao.indicator;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of indicators in Chromium, as the administrator uses it: from the menu to the page, to a commune
 * below, to the term report kind; a form with mistakes shows a message on each field, a right one adds the
 * indicator at the end, and it moves up and is deactivated with the buttons.
 */
@PortalIntegrationTest
class IndicatorCatalogueBrowserTests {

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
	void theAdministratorManagesTheCatalogueOfACommune() {
		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(10));
		b.signIn("quantri");
		b.driver().findElement(By.linkText("Quản trị")).click();
		b.driver().findElement(By.linkText("Danh mục chỉ tiêu")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.catalogue-table")));
		assertThat(b.text("h1")).isEqualTo("Danh mục chỉ tiêu của Huyện Phú Sơn");
		b.screenshot("50-catalogue-district");

		b.driver().findElement(By.xpath("//button[normalize-space()='Đơn vị khác']")).click();
		b.driver().findElement(By.linkText("Xã Hòa An")).click();
		b.driver().findElement(By.linkText("Báo cáo tình hình hoạt động của Ủy ban nhân dân nhiệm kỳ")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Danh mục chỉ tiêu của Xã Hòa An"));
		int before = b.driver().findElements(By.cssSelector("tr.catalogue-row")).size();

		WebElement add = b.driver().findElement(By.cssSelector("details.catalogue-add summary"));
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", add);
		add.click();
		b.driver().findElement(By.id("code")).sendKeys("XA_NTM");
		b.driver().findElement(By.id("decimals")).clear();
		b.driver().findElement(By.id("decimals")).sendKeys("mười");
		click(b, b.driver().findElement(By.cssSelector("details.catalogue-add button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#name.is-invalid")));
		assertThat(b.text("#name ~ .invalid-feedback")).isEqualTo("Hãy nhập tên chỉ tiêu.");
		assertThat(b.text("#decimals ~ .invalid-feedback"))
			.isEqualTo("Số chữ số thập phân phải là số nguyên từ 0 đến 6.");
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				b.driver().findElement(By.id("name")));
		b.screenshot("51-catalogue-mistakes");

		b.driver().findElement(By.id("name")).sendKeys("Số thôn đạt chuẩn nông thôn mới kiểu mẫu");
		b.driver().findElement(By.id("unitOfMeasure")).sendKeys("thôn");
		b.driver().findElement(By.id("decimals")).clear();
		b.driver().findElement(By.id("decimals")).sendKeys("0");
		b.driver().findElement(By.id("sector")).sendKeys("Nông thôn mới");
		click(b, b.driver().findElement(By.cssSelector("input[name=comparisons][value=TARGET_COUNCIL]")));
		click(b, b.driver().findElement(By.cssSelector("details.catalogue-add button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.catalogue-row[data-code=XA_NTM]")));
		assertThat(b.text(".alert-success")).isEqualTo("Đã thêm chỉ tiêu.");
		assertThat(b.texts("tr.catalogue-row")).hasSize(before + 1);
		assertThat(b.text("tr.catalogue-row[data-code=XA_NTM]")).contains("Số thôn đạt chuẩn nông thôn mới kiểu mẫu",
				"thôn", "Nông thôn mới", "NQ HĐND", "Đang theo dõi");

		if (before > 0) {
			click(b, b.driver()
				.findElement(By.cssSelector("tr.catalogue-row[data-code=XA_NTM] button[aria-label^='Chuyển chỉ tiêu XA_NTM lên']")));
			// htmx swaps the table when the answer comes: a row found just before the swap is stale, look again
			wait.ignoring(StaleElementReferenceException.class)
				.until((d) -> b.driver().findElements(By.cssSelector("tr.catalogue-row")).get(before - 1)
					.getAttribute("data-code").equals("XA_NTM"));
		}
		click(b, b.driver().findElement(By.cssSelector("tr.catalogue-row[data-code=XA_NTM]"))
			.findElement(By.xpath(".//button[normalize-space()='Ngừng theo dõi']")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.catalogue-inactive[data-code=XA_NTM]")));
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				b.driver().findElement(By.cssSelector("tr.catalogue-row[data-code=XA_NTM]")));
		b.screenshot("52-catalogue-added-moved-deactivated");

		click(b, b.driver()
			.findElement(By.cssSelector("tr.catalogue-row[data-code=XA_NTM]"))
			.findElement(By.linkText("Sửa")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#code[readonly]")));
		b.screenshot("53-catalogue-edit");
		assertThat(b.consoleErrors()).isEmpty();
	}

	private static void click(Browser b, WebElement element) {
		b.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
