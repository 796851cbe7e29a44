package vn.ubnd.baocao.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification page in Chromium against the real server: the clerk uploads the signed PDF of an issued report
 * and reads who signed it and when, then a changed copy (told it was changed), then a file above the 20 MB limit
 * (told so on the form); no console errors.
 */
@PortalIntegrationTest
class VerifyBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	IssuedDocuments issued;

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	/** Without the page's script, a file above the limit reaches the server, which answers on the form too. */
	@Test
	void theServerAnswersAnOversizedUploadOnTheForm() throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + this.port;
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), BodyHandlers.ofString())
			.body();
		String token = Jsoup.parse(login).select("input[name=_csrf]").val();
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=vanthu&password=Demo%402026&_csrf=" + token))
			.build(), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		org.jsoup.nodes.Document form = Jsoup.parse(client
			.send(HttpRequest.newBuilder(URI.create(base + "/verify")).build(), BodyHandlers.ofString())
			.body());
		String action = form.select("#verify-form").attr("action");
		assertThat(action).isEqualTo("/verify");
		String formToken = form.select("#verify-form input[name=_csrf]").val();

		String boundary = "----verify" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + formToken
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"qua-lon.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(new byte[21 * 1024 * 1024]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.headers().map() + "\n" + response.body()).isEqualTo(422);
		assertThat(Jsoup.parse(response.body()).select("#verify-error").text()).startsWith("Tệp quá lớn");
	}

	@Test
	void theClerkChecksTheSignedPdfAChangedCopyAndAHugeFile() throws IOException {
		long id = this.fixtures.approved("chutich");
		this.workflow.issue(this.fixtures.user("chutich"), id);
		byte[] pdf = this.issued.issuedPdf(id).orElseThrow();
		IssuedDocument document = this.issued.find(id).orElseThrow();
		Path folder = Files.createTempDirectory("verify-");
		Path signed = Files.write(folder.resolve("bao-cao-da-ky.pdf"), pdf);
		byte[] copy = SigningTests.appendUpdate(pdf);
		Path changed = Files.write(folder.resolve("ban-da-sua.pdf"), copy);
		Path huge = folder.resolve("qua-lon.pdf");
		byte[] block = new byte[1024 * 1024];
		System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, block, 0, 9);
		try (var out = Files.newOutputStream(huge)) {
			for (int i = 0; i < 21; i++) {
				out.write(block);
			}
		}

		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(20));
		b.driver().manage().deleteAllCookies();
		b.open("/login");
		b.driver().findElement(By.id("username")).sendKeys("vanthu");
		b.driver().findElement(By.id("password")).sendKeys("Demo@2026", Keys.ENTER);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		b.open("/verify");
		assertThat(b.text("h1")).isEqualTo("Kiểm tra văn bản");
		b.driver().findElement(By.id("verify-file")).sendKeys(signed.toString());
		b.driver().findElement(By.cssSelector("#verify-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-verdict")));
		assertThat(b.text("#verify-verdict")).isEqualTo("Văn bản do Cổng ban hành, còn nguyên vẹn");
		assertThat(b.text("#verify-number")).isEqualTo(document.numberAndSymbol());
		assertThat(b.text("#verify-signer")).startsWith("Lê Minh Khang");
		assertThat(b.text("#verify-time")).endsWith("+07:00");
		b.screenshot("60-verify-issued");

		b.driver().findElement(By.id("verify-file")).sendKeys(changed.toString());
		b.driver().findElement(By.cssSelector("#verify-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.id("verify-verdict"), "Tệp đã bị thay đổi sau khi ký"));
		b.screenshot("61-verify-changed");

		// above 20 MB the page refuses the file before sending it
		b.driver().findElement(By.id("verify-file")).sendKeys(huge.toString());
		b.driver().findElement(By.cssSelector("#verify-form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-file-too-large")));
		assertThat(b.text("#verify-file-too-large")).startsWith("Tệp quá lớn");
		b.screenshot("62-verify-too-large");
		assertThat(b.consoleErrors()).isEmpty();
	}

}
