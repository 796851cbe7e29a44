package vn.ubnd.baocao;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a report in Chromium, one role after another, as people click and type: the clerk writes a
 * 6-month report, fills an indicator, is stopped by the checker, corrects the figure and submits; the council's
 * standing committee comments on a section and returns the report; the clerk answers, revises and resubmits; the
 * reviewer sees what changed and accepts; the deputy chair approves and signs; the clerk downloads the issued PDF,
 * whose signature verifies, and the portal's verification page recognises it. Also: text typed just before the tab
 * is closed is saved, and the main forms work with the keyboard alone. Screenshots of every step are kept in
 * {@code target/screenshots/journey-*}.
 */
@PortalIntegrationTest
class JourneyBrowserTests {

	private static final String KIND = "Báo cáo 6 tháng về công tác chỉ đạo, điều hành và nhiệm vụ 6 tháng tiếp theo";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aReportGoesFromTheClerksDraftToASignedIssuedDocument() throws Exception {
		this.browser = new Browser(this.port);
		Browser b = this.browser;
		WebDriverWait wait = waitFor(b);

		// the clerk creates a 6-month report
		b.signIn("vanthu");
		b.driver().findElement(By.linkText("Tạo báo cáo")).click();
		new Select(b.driver().findElement(By.id("kindId"))).selectByVisibleText(KIND);
		type(b.driver().findElement(By.id("year")), "2071");
		type(b.driver().findElement(By.id("number")), "1");
		b.screenshot("journey-01-clerk-new-report");
		b.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sections")));
		long reportId = Long.parseLong(b.driver().getCurrentUrl().replaceAll(".*/reports/(\\d+)/edit.*", "$1"));
		assertThat(b.texts("#sections .editor-depth-0 .section-number")).startsWith("I.", "II.");

		// fills the first two sections; the second states a ratio that does not match its figures
		List<WebElement> bodies = b.driver().findElements(By.cssSelector("#sections textarea.section-body"));
		String first = bodies.get(0).getDomAttribute("id").replace("body-", "");
		String second = bodies.get(1).getDomAttribute("id").replace("body-", "");
		bodies.get(0).sendKeys("Tình hình kinh tế - xã hội của huyện tiếp tục ổn định, sản xuất nông nghiệp được mùa.",
				Keys.ENTER, "- Giá lúa ở mức khá^[Số liệu ước đến ngày 14/6/2071.];");
		savedAt(wait, first);
		b.scrollTo(bodies.get(1));
		bodies.get(1)
			.sendKeys("Thu ngân sách ước đạt 270 tỷ đồng, đạt 95% dự toán Hội đồng nhân dân huyện giao (300 tỷ đồng).");
		savedAt(wait, second);

		// and the indicators: the actual figure and the council's target of the first one
		WebElement row = b.driver().findElement(By.cssSelector("tr.indicator-row"));
		String indicatorId = row.getDomAttribute("id").replace("indicator-", "");
		b.scrollTo(row);
		type(row.findElement(By.name("actual")), "1.350");
		type(row.findElement(By.name("targetCouncil")), "1.500");
		wait.until(ExpectedConditions.textMatches(By.id("ratio-" + indicatorId + "-council"), Pattern.compile("Đạt 90")));
		wait.until(ExpectedConditions.textMatches(By.id("status-indicator-" + indicatorId),
				Pattern.compile("Đã lưu")));
		b.screenshot("journey-02-clerk-indicator");

		// the checker stops the submission: 270 of 300 is 90%, not 95%
		WebElement recheck = b.driver().findElement(By.xpath("//button[normalize-space()='Kiểm tra lại']"));
		b.scrollTo(recheck);
		recheck.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding-error")));
		assertThat(b.text("#findings")).contains("95%", "90");
		b.screenshot("journey-03-clerk-checker-error");
		b.open("/reports/" + reportId);
		WebElement submit = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#workflow-panel form[action$='/submit'] button")));
		assertThat(submit.isEnabled()).isFalse();
		assertThat(b.text("#workflow-panel")).contains("lỗi chưa sửa hoặc chưa giải trình");
		b.screenshot("journey-04-clerk-submit-blocked");

		// the clerk corrects the ratio and submits
		b.open("/reports/" + reportId + "/edit");
		WebElement fix = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body-" + second)));
		b.scrollTo(fix);
		fix.clear();
		fix.sendKeys("Thu ngân sách ước đạt 270 tỷ đồng, đạt 90% dự toán Hội đồng nhân dân huyện giao (300 tỷ đồng).");
		savedAt(wait, second);
		b.open("/reports/" + reportId);
		submit = wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#workflow-panel form[action$='/submit'] button")));
		b.scrollTo(submit);
		submit.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"), "Đã trình"));
		b.screenshot("journey-05-clerk-submitted");
		assertThat(b.consoleErrors()).isEmpty();

		// the council's reviewer finds it waiting on the home page, comments on a section and returns it
		b.signIn("hdnd");
		assertThat(b.text("main")).contains("Việc chờ xử lý");
		WebElement waiting = b.driver()
			.findElements(By.cssSelector("main a[href='/reports/" + reportId + "']"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow();
		b.scrollTo(waiting);
		waiting.click();
		WebElement open = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#comments-" + second + " details.review-new summary")));
		b.scrollTo(open);
		open.click();
		b.driver().findElement(By.id("quote-" + second)).sendKeys("ước đạt 270 tỷ đồng");
		b.driver().findElement(By.id("comment-" + second)).sendKeys("Đề nghị so sánh với cùng kỳ năm trước.");
		b.driver().findElement(By.cssSelector("#comments-" + second + " details.review-new button[type=submit]"))
			.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#comments-" + second + " .review-thread.review-open")));
		b.screenshot("journey-06-reviewer-comment");
		WebElement reasons = b.driver().findElement(By.id("return-reasons"));
		b.scrollTo(reasons);
		reasons.sendKeys("Bổ sung so sánh thu ngân sách với cùng kỳ.");
		b.driver().findElement(By.xpath("//button[normalize-space()='Trả lại để chỉnh sửa']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"), "Bị trả lại"));
		b.screenshot("journey-07-reviewer-returned");

		// the clerk sees the reasons on the home page, answers the comment in the editor, revises and resubmits
		b.signIn("vanthu");
		assertThat(b.text("main")).contains("Bổ sung so sánh thu ngân sách với cùng kỳ.");
		b.open("/reports/" + reportId + "/edit");
		WebElement reply = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#comments-" + second + " form.review-reply textarea")));
		b.scrollTo(reply);
		reply.sendKeys("Đã bổ sung: bằng 112% so với cùng kỳ.");
		b.driver().findElement(By.cssSelector("#comments-" + second + " form.review-reply button")).click();
		wait.until(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#comments-" + second + " .review-comment"), 2));
		WebElement revise = b.driver().findElement(By.id("body-" + second));
		b.scrollTo(revise);
		revise.sendKeys(Keys.END, " Bằng 112% so với cùng kỳ năm trước.");
		savedAt(wait, second);
		b.screenshot("journey-08-clerk-revised");
		b.open("/reports/" + reportId);
		submit = wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#workflow-panel form[action$='/submit'] button")));
		b.scrollTo(submit);
		submit.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"), "Đã trình"));

		// the reviewer sees in one click what changed since the return, and accepts
		b.signIn("hdnd");
		b.open("/reports/" + reportId);
		WebElement changes = wait.until(ExpectedConditions.elementToBeClickable(By.id("versions-changes")));
		b.scrollTo(changes);
		changes.click();
		wait.until(ExpectedConditions.urlContains("/versions/compare"));
		assertThat(b.texts("ins").stream().collect(Collectors.joining(" "))).contains("112%", "cùng kỳ");
		b.screenshot("journey-09-reviewer-changes");
		b.open("/reports/" + reportId);
		WebElement resolve = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#comments-" + second + " form[action$='/resolve'] button")));
		assertThat(b.text("#comments-" + second)).contains("Đã bổ sung: bằng 112% so với cùng kỳ.");
		b.scrollTo(resolve);
		resolve.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#comments-" + second + " .review-thread.review-resolved")));
		WebElement accept = wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//button[normalize-space()='Chấp thuận']")));
		b.scrollTo(accept);
		accept.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"),
				"Thường trực HĐND đã chấp thuận"));
		b.screenshot("journey-10-reviewer-accepted");

		// the deputy chair approves and signs in one step: the report takes its number
		b.signIn("phochutich");
		b.open("/reports/" + reportId);
		WebElement approve = wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#workflow-panel form[action$='/approve'] button")));
		assertThat(b.driver().findElement(By.id("approve-sign")).isSelected()).isTrue();
		b.scrollTo(approve);
		approve.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"), "Đã ban hành"));
		String number = this.jdbc.sql("select number from report where id = ?")
			.param(reportId)
			.query(Integer.class)
			.single()
			.toString();
		assertThat(b.text("#workflow-panel")).contains("/BC-UBND");
		b.screenshot("journey-11-deputy-signed");

		// the clerk downloads the signed PDF: its signature is valid, and the verification page recognises it
		b.signIn("vanthu");
		b.open("/reports/" + reportId);
		String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Bản PDF đã ký số")))
			.getDomAttribute("href");
		byte[] pdf = download(b, href);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getName()).isEqualTo("Phạm Thị Thu Hà");
		}
		Path file = Files.createTempFile("bao-cao-da-ky-", ".pdf");
		Files.write(file, pdf);
		assertThat(pdfsig(file)).contains("Signature is Valid.", "Total document signed");
		b.open("/verify");
		b.driver().findElement(By.id("verify-file")).sendKeys(file.toString());
		b.driver().findElement(By.cssSelector("#verify-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
		assertThat(b.text("#verify-result")).contains(number, "Phạm Thị Thu Hà");
		assertThat(b.driver().findElement(By.id("verify-result")).getDomAttribute("class")).contains("border-success");
		b.screenshot("journey-12-clerk-verified");
		assertThat(b.consoleErrors()).isEmpty();
		Files.delete(file);
	}

	@Test
	void textTypedJustBeforeTheTabIsClosedIsSaved() {
		this.browser = new Browser(this.port);
		Browser b = this.browser;
		WebDriverWait wait = waitFor(b);
		b.signIn("vanthu");
		long reportId = this.jdbc
			.sql("select id from report where unit_id = (select unit_id from account where username = 'vanthu') "
					+ "and status = 'DRAFT' order by id limit 1")
			.query(Long.class)
			.single();
		b.open("/reports/" + reportId + "/edit");
		WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea.section-body")));
		String sectionId = body.getDomAttribute("id").replace("body-", "");
		b.scrollTo(body);
		String typed = " Đoạn gõ ngay trước khi đóng thẻ " + System.nanoTime() + ".";
		body.sendKeys(Keys.END, typed);
		// no time for the autosave's pause: the tab is closed at once, from another tab
		String editor = b.driver().getWindowHandle();
		b.driver().switchTo().newWindow(WindowType.TAB);
		String other = b.driver().getWindowHandle();
		b.driver().switchTo().window(editor).close();
		b.driver().switchTo().window(other);
		new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until((d) -> this.jdbc
			.sql("select body from report_section where id = ?")
			.param(Long.parseLong(sectionId))
			.query(String.class)
			.single()
			.endsWith(typed));
		b.open("/reports/" + reportId + "/edit");
		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body-" + sectionId)))
			.getDomProperty("value")).endsWith(typed);
	}

	@Test
	void theMainFormsWorkWithTheKeyboardAlone() {
		this.browser = new Browser(this.port);
		Browser b = this.browser;
		WebDriver driver = b.driver();
		WebDriverWait wait = waitFor(b);

		// sign in: Tab to the fields, type, Enter
		driver.manage().deleteAllCookies();
		b.open("/login");
		tabUntil(b, (e) -> "username".equals(e.getDomAttribute("id")));
		keys(b, "vanthu", Keys.TAB, "Demo@2026", Keys.ENTER);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		// the skip link comes first and takes the focus past the menu
		keys(b, Keys.TAB);
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Bỏ qua thanh điều hướng");
		keys(b, Keys.ENTER);
		// "Tạo báo cáo", then the form: the kind with the arrow keys, the year, the half, Enter
		tabUntil(b, (e) -> "Tạo báo cáo".equals(e.getText()));
		keys(b, Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/reports/new"));
		tabUntil(b, (e) -> "kindId".equals(e.getDomAttribute("id")));
		Select kind = new Select(driver.findElement(By.id("kindId")));
		while (!KIND.equals(kind.getFirstSelectedOption().getText())) {
			keys(b, Keys.ARROW_DOWN);
		}
		tabUntil(b, (e) -> "year".equals(e.getDomAttribute("id")));
		keys(b, Keys.chord(Keys.CONTROL, "a"), "2072");
		tabUntil(b, (e) -> "number".equals(e.getDomAttribute("id")));
		keys(b, Keys.chord(Keys.CONTROL, "a"), "2", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sections")));
		b.screenshot("journey-20-keyboard-editor");

		// in the editor: Tab to the first section's text and type; it is saved
		tabUntil(b, (e) -> e.getDomAttribute("class") != null && e.getDomAttribute("class").contains("section-body"));
		String sectionId = driver.switchTo().activeElement().getDomAttribute("id").replace("body-", "");
		keys(b, "Gõ bằng bàn phím.");
		savedAt(wait, sectionId);
		assertThat(driver.findElement(By.id("body-" + sectionId)).getDomProperty("value")).isEqualTo("Gõ bằng bàn phím.");

		// and the workflow: Tab to the submit button, Enter
		long reportId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/reports/(\\d+)/edit.*", "$1"));
		b.open("/reports/" + reportId);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workflow-panel form[action$='/submit']")));
		tabUntil(b, (e) -> "Trình Thường trực HĐND".equals(e.getText()));
		// and the focus can be seen (Bootstrap draws it as a shadow)
		WebElement focused = driver.switchTo().activeElement();
		assertThat(List.of(focused.getCssValue("outline-style"), focused.getCssValue("box-shadow")))
			.anyMatch((style) -> !"none".equals(style));
		keys(b, Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"), "Đã trình"));

		// the reviewer returns it with a reason, by keyboard too
		b.signIn("hdnd");
		b.open("/reports/" + reportId);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("return-reasons")));
		tabUntil(b, (e) -> "return-reasons".equals(e.getDomAttribute("id")));
		keys(b, "Chưa đủ nội dung.", Keys.TAB);
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Trả lại để chỉnh sửa");
		keys(b, Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-panel"), "Bị trả lại"));
		b.screenshot("journey-21-keyboard-returned");
	}

	private static WebDriverWait waitFor(Browser b) {
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(15));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	private static void type(WebElement input, String text) {
		input.clear();
		input.sendKeys(text);
	}

	private static void savedAt(WebDriverWait wait, String sectionId) {
		wait.until(ExpectedConditions.textMatches(By.id("status-" + sectionId), Pattern.compile("Đã lưu lúc")));
	}

	private static void keys(Browser b, CharSequence... keys) {
		new Actions(b.driver()).sendKeys(keys).perform();
	}

	/** Presses Tab until the focused element is the one wanted (at most 80 times). */
	private static void tabUntil(Browser b, java.util.function.Predicate<WebElement> wanted) {
		for (int i = 0; i < 80; i++) {
			if (wanted.test(b.driver().switchTo().activeElement())) {
				return;
			}
			keys(b, Keys.TAB);
		}
		throw new AssertionError("not reached with the Tab key: " + b.driver().switchTo().activeElement().getText());
	}

	/** The file at {@code href}, fetched with the browser's session. */
	private byte[] download(Browser b, String href) throws IOException, InterruptedException {
		String cookies = b.driver()
			.manage()
			.getCookies()
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + href))
				.header("Cookie", cookies)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

	private static String pdfsig(Path file) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return output;
	}

}
