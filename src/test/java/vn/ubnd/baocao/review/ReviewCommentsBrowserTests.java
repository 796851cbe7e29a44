package vn.ubnd.baocao.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.Browser;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's comments in Chromium: the reviewer selects words in a section of a submitted report with the mouse,
 * they become the comment's quote, and the comment appears under the section; after the report is returned the
 * clerk sees it on the section's card in the editor, with a badge, and answers it there; the reviewer resolves it.
 */
@PortalIntegrationTest
class ReviewCommentsBrowserTests {

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
	void theReviewerQuotesSelectedWordsAndTheClerkAnswersInTheEditor() {
		PortalUser clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		long kind = this.kinds.active()
			.stream()
			.filter((k) -> k.getPeriodType() == PeriodType.HALF_YEAR)
			.findFirst()
			.orElseThrow()
			.getId();
		Report report = this.reports.create(clerk, new ReportService.NewReport(kind, 2063, 1, null, null, false));
		ReportSection first = report.childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), first.getId(), first.getVersion(), first.getTitle(),
				"Tổng thu ngân sách nhà nước trên địa bàn ước đạt 270 tỷ đồng, bằng 95% dự toán.\n"
						+ "- Chi thường xuyên bảo đảm đúng quy định^[Theo dự toán được giao.];");
		ReportStates states = new ReportStates(this.jdbc);
		states.put(report.getId(), ReportStatus.SUBMITTED);
		long sectionId = first.getId();

		browser = new Browser(this.port);
		Browser b = browser;
		WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

		// the reviewer selects words in the section with the mouse: they fill the quote
		b.signIn("hdnd");
		b.open("/reports/" + report.getId());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quote-" + sectionId)));
		assertThat(b.text("#review-comments")).contains("Bôi đen các chữ");
		selectWithMouse(b, "ước đạt 270 tỷ đồng");
		WebElement quote = b.driver().findElement(By.id("quote-" + sectionId));
		wait.until((d) -> "ước đạt 270 tỷ đồng".equals(quote.getDomProperty("value")));
		assertThat(quote.isDisplayed()).isTrue();
		WebElement text = b.driver().findElement(By.id("comment-" + sectionId));
		text.sendKeys("Đề nghị nêu rõ nguồn tăng thu.", Keys.ENTER, "<b>So sánh</b> với cùng kỳ năm trước.");
		b.scrollTo(text);
		b.screenshot("30-review-quote-selected");
		b.driver().findElement(By.cssSelector("#comments-" + sectionId + " details.review-new button[type=submit]"))
			.click();
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#comments-" + sectionId + " .review-thread.review-open")));
		String thread = b.text("#comments-" + sectionId + " .review-thread");
		assertThat(thread).contains("“ước đạt 270 tỷ đồng”", "Đề nghị nêu rõ nguồn tăng thu.",
				"<b>So sánh</b> với cùng kỳ năm trước.", "Trần Văn Hùng", "Thường trực HĐND");
		assertThat(b.text("#review-comments .review-counts")).isEqualTo("1 ý kiến đang mở, 0 đã giải quyết");
		b.scrollTo(b.driver().findElement(By.cssSelector("#comments-" + sectionId)));
		b.screenshot("31-review-comment-posted");
		// a quote typed by hand that is not in the section is refused with a message, nothing posted
		WebElement secondQuote = b.driver().findElement(By.id("quote-" + sectionId));
		b.driver().findElement(By.cssSelector("#comments-" + sectionId + " details.review-new summary")).click();
		secondQuote.sendKeys("đạt 300 tỷ đồng");
		b.driver().findElement(By.id("comment-" + sectionId)).sendKeys("Ý kiến khác.");
		b.driver().findElement(By.cssSelector("#comments-" + sectionId + " details.review-new button[type=submit]"))
			.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quote-" + sectionId + ".is-invalid")));
		assertThat(b.text("#comments-" + sectionId + " .invalid-feedback"))
			.startsWith("Đoạn trích không có trong mục này.");
		assertThat(b.texts("#comments-" + sectionId + " .review-thread")).hasSize(1);
		b.screenshot("32-review-quote-refused");
		// the refusal itself is the only thing the console reports (Chromium logs every 4xx answer)
		assertThat(b.consoleErrors()).singleElement().asString().contains("/comments", "status of 422");

		// returned: the clerk sees the comment on the section's card in the editor, and answers
		states.put(report.getId(), ReportStatus.RETURNED);
		b.signIn("vanthu");
		b.open("/reports/" + report.getId() + "/edit");
		wait.until(ExpectedConditions.textToBe(By.id("comments-badge-" + sectionId), "1 ý kiến đang mở"));
		assertThat(b.text("#review-comments")).contains("Ý kiến của Thường trực HĐND", "Đề nghị nêu rõ nguồn tăng thu.");
		WebElement reply = b.driver().findElement(By.cssSelector("#comments-" + sectionId + " form.review-reply textarea"));
		b.scrollTo(b.driver().findElement(By.id("sec-" + sectionId)));
		b.screenshot("33-editor-comment-on-card");
		reply.sendKeys("Đã bổ sung: tăng thu chủ yếu từ tiền sử dụng đất.");
		b.driver().findElement(By.cssSelector("#comments-" + sectionId + " form.review-reply button")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comments-" + sectionId + " .review-comment"), 2));
		assertThat(b.text("#comments-" + sectionId + " .review-answer")).contains("Nguyễn Thị Lan", "Văn thư",
				"Đã bổ sung: tăng thu chủ yếu từ tiền sử dụng đất.");
		assertThat(b.text("#comments-badge-" + sectionId)).isEqualTo("1 ý kiến đang mở");
		// the checker's badge on the same card is a separate one
		assertThat(b.driver().findElements(By.id("findings-" + sectionId))).hasSize(1);
		b.scrollTo(b.driver().findElement(By.id("sec-" + sectionId)));
		b.screenshot("34-editor-comment-answered");
		// redrawing the sections (adding one) brings the comments back on the cards
		WebElement addTop = b.driver().findElement(By.xpath("//button[normalize-space()='Thêm mục lớn']"));
		b.scrollTo(addTop);
		int cards = b.driver().findElements(By.cssSelector("#sections .editor-section")).size();
		addTop.click();
		wait.until((d) -> d.findElements(By.cssSelector("#sections .editor-section")).size() == cards + 1);
		wait.until(ExpectedConditions.textToBe(By.id("comments-badge-" + sectionId), "1 ý kiến đang mở"));
		assertThat(b.consoleErrors()).isEmpty();

		// submitted again: the reviewer reads the answer and resolves the comment
		states.put(report.getId(), ReportStatus.SUBMITTED);
		b.signIn("hdnd");
		b.open("/reports/" + report.getId());
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#comments-" + sectionId + " form[action$='/resolve'] button")));
		assertThat(b.text("#comments-" + sectionId)).contains("Đã bổ sung: tăng thu chủ yếu từ tiền sử dụng đất.");
		WebElement resolve = b.driver()
			.findElement(By.cssSelector("#comments-" + sectionId + " form[action$='/resolve'] button"));
		b.scrollTo(resolve);
		resolve.click();
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#comments-" + sectionId + " .review-thread.review-resolved")));
		assertThat(b.text("#review-comments .review-counts")).isEqualTo("0 ý kiến đang mở, 1 đã giải quyết");
		b.scrollTo(b.driver().findElement(By.id("review-comments")));
		b.screenshot("35-review-resolved");
		assertThat(b.consoleErrors()).isEmpty();
	}

	/**
	 * Drags the mouse over the words in the report's text, as a person selects them: from inside the first letter to
	 * inside the last one.
	 */
	@SuppressWarnings("unchecked")
	private static void selectWithMouse(Browser b, String words) {
		Map<String, Object> box = (Map<String, Object>) b.driver().executeScript("""
				var words = arguments[0];
				var walker = document.createTreeWalker(document.querySelector('article.doc-view'), NodeFilter.SHOW_TEXT);
				for (var node = walker.nextNode(); node; node = walker.nextNode()) {
				  var at = node.data.indexOf(words);
				  if (at < 0) { continue; }
				  node.parentElement.scrollIntoView({block: 'center', behavior: 'instant'});
				  var first = document.createRange();
				  first.setStart(node, at);
				  first.setEnd(node, at + 1);
				  var last = document.createRange();
				  last.setStart(node, at + words.length - 1);
				  last.setEnd(node, at + words.length);
				  var a = first.getBoundingClientRect(), z = last.getBoundingClientRect();
				  return {x1: Math.floor(a.left + 1), y1: Math.floor(a.top + a.height / 2),
				          x2: Math.ceil(z.right - 1), y2: Math.floor(z.top + z.height / 2)};
				}
				return null;""", words);
		assertThat(box).as("the words are in the text").isNotNull();
		new Actions(b.driver()).moveToLocation(number(box, "x1"), number(box, "y1"))
			.clickAndHold()
			.moveToLocation(number(box, "x2"), number(box, "y2"))
			.release()
			.perform();
		List<String> selected = List.of(String.valueOf(b.driver().executeScript("return window.getSelection().toString()")));
		assertThat(selected).containsExactly(words);
	}

	private static int number(Map<String, Object> box, String key) {
		return ((Number) box.get(key)).intValue();
	}

}
