package vn.ubnd.baocao;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation as a person sees it in Chromium: the Vietnamese login page, each role's home, the administration
 * forms with their messages, and no script or Content-Security-Policy errors in the console.
 */
@PortalIntegrationTest
class FoundationBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void noBrowserYet() {
		browser = null;
	}

	@AfterEach
	void signOut() {
		if (browser != null) {
			browser.driver().manage().deleteAllCookies();
		}
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	Browser browser() {
		if (browser == null) {
			browser = new Browser(this.port);
		}
		return browser;
	}

	@Test
	void aClerkSignsInWithTheKeyboardOnly() {
		Browser b = browser();
		b.open("/login");
		assertThat(b.driver().getTitle()).isEqualTo("Đăng nhập");
		b.screenshot("01-login");
		WebElement focused = b.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("id")).isEqualTo("username");
		focused.sendKeys("vanthu", Keys.TAB);
		b.driver().switchTo().activeElement().sendKeys("Demo@2026", Keys.ENTER);
		assertThat(b.text("h1")).isEqualTo("Xin chào, Nguyễn Thị Lan");
		b.screenshot("02-home-clerk");
		assertThat(b.consoleErrors()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "hdnd, Thẩm tra báo cáo", "chutich, Báo cáo chờ ký", "phochutich, Báo cáo chờ ký",
			"quantri, Quản trị", "vanthu2, Báo cáo của đơn vị" })
	void eachRoleSeesItsHome(String username, String heading) {
		Browser b = signIn(username);
		assertThat(b.texts("main h2")).contains(heading);
		b.screenshot("03-home-" + username);
		assertThat(b.consoleErrors()).isEmpty();
	}

	@Test
	void aWrongPasswordShowsAVietnameseMessage() {
		Browser b = browser();
		b.open("/login");
		b.driver().findElement(By.id("username")).sendKeys("vanthu");
		b.driver().findElement(By.id("password")).sendKeys("sai-mat-khau", Keys.ENTER);
		assertThat(b.text(".alert-danger")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		b.screenshot("04-login-error");
	}

	@Test
	void anAdministratorSeesTheUnitTreeAndTheFormMessages() {
		Browser b = signIn("quantri");
		b.driver().findElement(By.linkText("Quản trị")).click();
		b.driver().findElement(By.linkText("Quản lý đơn vị")).click();
		assertThat(b.texts("tbody td:first-child a")).startsWith("Huyện Phú Sơn")
			.contains("Xã Hòa An")
			.doesNotContain("Huyện Tân Hà", "Tỉnh Bình Nguyên");
		b.screenshot("05-admin-units");
		b.driver().findElement(By.linkText("Thêm đơn vị")).click();
		b.driver().findElement(By.id("printedName")).clear();
		b.driver().findElement(By.id("symbol")).clear();
		b.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(b.texts(".invalid-feedback")).contains("Vui lòng nhập tên đơn vị.",
				"Vui lòng nhập tên cơ quan ban hành như in trên văn bản.", "Vui lòng nhập địa danh.");
		b.screenshot("06-admin-unit-errors");
		b.open("/admin/accounts");
		assertThat(b.texts("tbody td:first-child a")).contains("vanthu", "hdnd", "chutich", "phochutich", "quantri")
			.doesNotContain("vanthu2");
		b.screenshot("07-admin-accounts");
		assertThat(b.consoleErrors()).isEmpty();
	}

	@Test
	void anotherUnitsRecordIsNotFound() {
		Browser b = signIn("vanthu2");
		b.open("/units/" + 1);
		assertThat(b.text("h1")).isIn("Không tìm thấy", "Tỉnh Bình Nguyên");
		b.open("/reports/999999999");
		assertThat(b.text("h1")).isEqualTo("Không tìm thấy");
		// the error page says it in its own words: no untranslated reason ("??Not Found_vi??") above it
		assertThat(b.driver().findElements(By.cssSelector(".alert-danger"))).isEmpty();
		assertThat(b.text("body")).doesNotContain("??");
		b.screenshot("08-not-found");
		b.open("/admin/units");
		assertThat(b.text("h1")).isEqualTo("Không có quyền truy cập");
		assertThat(b.text("body")).doesNotContain("??");
		b.screenshot("08-forbidden");
	}

	private Browser signIn(String username) {
		Browser b = browser();
		b.signIn(username);
		return b;
	}

}
