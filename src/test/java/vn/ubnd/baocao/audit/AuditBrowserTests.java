package vn.ubnd.baocao.audit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page as an administrator sees it in Chromium: reached from the menu, sign-ins and the demo's work listed
 * in Vietnam time, filtered, the chain checked, and the report page's link to the report's own trail.
 */
@PortalIntegrationTest
class AuditBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorReadsTheTrailFiltersItAndChecksTheChain() {
		try (Browser b = new Browser(this.port)) {
			signIn(b, "vanthu", "mat-khau-sai");
			signIn(b, "quantri", "Demo@2026");
			b.driver().findElement(By.linkText("Quản trị")).click();
			b.driver().findElement(By.linkText("Nhật ký hệ thống")).click();
			assertThat(b.text("h1")).isEqualTo("Nhật ký hệ thống");
			assertThat(b.texts("tbody tr:first-child td")).startsWith(b.texts("tbody tr:first-child td").get(0),
					"quantri", "Đăng nhập", "Huyện Phú Sơn");
			assertThat(b.texts("tbody tr:nth-child(2) td")).containsSequence("vanthu", "Đăng nhập sai");
			b.driver().findElement(By.id("audit-verify")).click();
			assertThat(b.text("#audit-verification")).startsWith("Chuỗi nhật ký toàn vẹn: ");
			b.screenshot("audit-01-trail");

			new Select(b.driver().findElement(By.id("audit-action"))).selectByVisibleText("Đăng nhập sai");
			b.driver().findElement(By.cssSelector(".audit-filter button[type=submit]")).click();
			assertThat(b.texts("tbody td:nth-child(3)")).isNotEmpty().containsOnly("Đăng nhập sai");
			assertThat(b.texts("tbody td:nth-child(2)")).contains("vanthu");
			b.screenshot("audit-02-failed-sign-ins");

			long reportId = this.jdbc.sql("select min(r.id) from report r join unit u on u.id = r.unit_id "
					+ "where u.name = 'Huyện Phú Sơn' and r.status = 'ISSUED'").query(Long.class).single();
			b.open("/reports/" + reportId);
			b.driver().findElement(By.linkText("Nhật ký")).click();
			assertThat(b.driver().findElement(By.id("audit-report")).getAttribute("value"))
				.isEqualTo(String.valueOf(reportId));
			assertThat(b.texts("tbody td:nth-child(5)")).isNotEmpty().containsOnly("#" + reportId);
			assertThat(b.texts("tbody td:nth-child(3)")).contains("Ký số và ban hành", "Tạo báo cáo");
			b.screenshot("audit-03-report-trail");
			assertThat(b.consoleErrors()).isEmpty();
		}
	}

	private static void signIn(Browser b, String username, String password) {
		b.driver().manage().deleteAllCookies();
		b.open("/login");
		b.driver().findElement(By.id("username")).sendKeys(username);
		b.driver().findElement(By.id("password")).sendKeys(password, Keys.ENTER);
	}

}
