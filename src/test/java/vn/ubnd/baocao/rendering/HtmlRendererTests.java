package vn.ubnd.baocao.rendering;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.rendering.Block.Paragraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML print view: the page set-up, every part of the document in place, the fixed texts from the messages,
 * and all text escaped and in NFC.
 */
class HtmlRendererTests {

	private final HtmlRenderer renderer = Fixtures.htmlRenderer();

	@Test
	void textIsEscapedNotInterpreted() {
		OfficialDocument document = Fixtures.reportBuilder()
			.summary("Báo cáo <b>thử</b> & \"trích yếu\"")
			.closing(Paragraph.of("Đoạn có <script>alert('x')</script> và <img src=x onerror=alert(1)>."))
			.build();
		String html = this.renderer.render(document);
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("Báo cáo &lt;b&gt;thử&lt;/b&gt; &amp; &quot;trích yếu&quot;")
			.doesNotContain("<script>")
			.doesNotContain("<img")
			.doesNotContain("<b>thử");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("p.body").last().text()).startsWith("Đoạn có <script>alert('x')</script>");
	}

	@Test
	void closingMarkIsWrittenOnce() {
		Document page = Jsoup.parse(this.renderer
			.render(Fixtures.reportBuilder().closing(Paragraph.of("Báo cáo đã có dấu kết thúc./.")).build()));
		assertThat(page.select("p.body").last().text()).isEqualTo("Báo cáo đã có dấu kết thúc./.");
	}

	@Test
	void textIsPrintedInNfc() {
		String decomposed = Normalizer.normalize("Huyện Phú Sơn tổ chức hội nghị", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Huyện Phú Sơn tổ chức hội nghị");
		String html = this.renderer.render(Fixtures.reportBuilder().closing(Paragraph.of(decomposed)).build());
		assertThat(html).contains("Huyện Phú Sơn tổ chức hội nghị").doesNotContain(decomposed);
	}

	@Test
	void pageIsSetUpForA4WithTheDecreesMarginsAndPageNumbers() {
		String html = this.renderer.render(Fixtures.report());
		String css = Jsoup.parse(html).select("style").first().data();
		assertThat(css).contains("size: A4 portrait;")
			.contains("margin: 20mm 15mm 20mm 30mm;")
			.contains("@top-center")
			.contains("content: counter(page);")
			.contains("@page :first")
			.contains("content: none;")
			.contains("font-family: 'Liberation Serif', 'Times New Roman', serif;")
			.contains("text-indent: 1.27cm;");
		assertThat(Jsoup.parse(html).select("html").attr("lang")).isEqualTo("vi");
	}

	@Test
	void everyPartOfTheDocumentIsInPlace() {
		Document page = Jsoup.parse(this.renderer.render(Fixtures.report()));
		assertThat(page.title()).startsWith("BÁO CÁO Tình hình thực hiện");
		assertThat(page.select(".agency").eachText()).containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ SƠN");
		assertThat(page.select(".nation").text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(page.select(".motto").text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
		assertThat(page.select("td.number").text()).isEqualTo("Số: 07/BC-UBND");
		assertThat(page.select("td.date").text()).isEqualTo("Phú Sơn, ngày 18 tháng 6 năm 2025");
		assertThat(page.select(".doc-type").text()).isEqualTo("BÁO CÁO");
		assertThat(page.select(".addressee").text()).isEqualTo("Kính gửi: Thường trực Hội đồng nhân dân huyện.");
		assertThat(page.select(".draft-mark")).isEmpty();
		assertThat(page.select(".heading").eachText()).startsWith("I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Thuận lợi",
				"2. Khó khăn", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025", "1. Lĩnh vực kinh tế",
				"1.1. Sản xuất nông nghiệp", "a) Trồng trọt");
		assertThat(page.select(".heading-point").eachText()).containsExactly("a) Trồng trọt", "b) Chăn nuôi");
		assertThat(page.select("table.data th").eachText()).containsExactly("Chỉ tiêu", "Đơn vị tính",
				"Dự toán năm", "Thực hiện 6 tháng", "Tỷ lệ");
		Element firstRow = page.select("table.data tbody tr").first();
		assertThat(firstRow.select("td.num").eachText()).containsExactly("185.000", "103.414", "55,9%");
		assertThat(page.select(".recipients-label").text()).isEqualTo("Nơi nhận:");
		assertThat(page.select(".recipient").eachText()).containsExactly("- Như trên;", "- TT Huyện ủy;",
				"- Đại biểu HĐND huyện;", "- Các cơ quan, ban ngành huyện;", "- UBND các xã, thị trấn;",
				"- Lưu: VT, VP.");
		assertThat(page.select(".signature-line").eachText()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
				"PHÓ CHỦ TỊCH");
		assertThat(page.select(".signer").text()).isEqualTo("Trần Minh Khải");
		assertThat(page.select("p.body").last().text()).endsWith("của UBND huyện Phú Sơn./.");
	}

	@Test
	void footnotesAreLinkedCallsWithTheNotesAfterTheDocument() {
		Document page = Jsoup.parse(this.renderer.render(Fixtures.report()));
		assertThat(page.select("sup.fn-call a").eachText()).containsExactly("1", "2", "3", "4", "5");
		assertThat(page.select("sup.fn-call a").first().attr("href")).isEqualTo("#fn-1");
		assertThat(page.select(".endnotes p").eachText()).containsExactly("1 " + Fixtures.FOOTNOTE_1,
				"2 " + Fixtures.FOOTNOTE_2, "3 " + Fixtures.FOOTNOTE_3, "4 " + Fixtures.FOOTNOTE_4,
				"5 " + Fixtures.FOOTNOTE_5);
		assertThat(page.select(".endnotes p").first().id()).isEqualTo("fn-1");
		// the paged variant for the PDF floats the notes where they are called
		Document paged = Jsoup.parse(this.renderer.renderPaged(Fixtures.report()));
		assertThat(paged.select(".endnotes")).isEmpty();
		assertThat(paged.select("span.fn").eachText()).containsExactly(Fixtures.FOOTNOTE_1, Fixtures.FOOTNOTE_2,
				Fixtures.FOOTNOTE_3, Fixtures.FOOTNOTE_4, Fixtures.FOOTNOTE_5);
		assertThat(paged.select("style").first().data()).contains("float: footnote;");
	}

	@Test
	void draftHasItsMarkAndBlanksForNumberAndDate() {
		Document page = Jsoup.parse(this.renderer.render(Fixtures.draft()));
		assertThat(page.select(".draft-mark").text()).isEqualTo("DỰ THẢO");
		String blank = "\u00a0".repeat(6);
		assertThat(page.select("td.number").first().wholeText()).isEqualTo("Số: " + blank + "/BC-UBND");
		assertThat(page.select("td.date").first().wholeText())
			.isEqualTo("Phú Sơn, ngày " + blank + " tháng " + blank + " năm 2025");
	}

	@Test
	void datesAndNumbersTakeALeadingZeroWhereTheDecreeSaysSo() {
		assertThat(dateAndNumber(LocalDate.of(2025, 1, 5), 3)).containsExactly("Phú Sơn, ngày 05 tháng 01 năm 2025",
				"Số: 03/BC-UBND");
		assertThat(dateAndNumber(LocalDate.of(2025, 2, 28), 10)).containsExactly(
				"Phú Sơn, ngày 28 tháng 02 năm 2025", "Số: 10/BC-UBND");
		assertThat(dateAndNumber(LocalDate.of(2025, 3, 9), 1263)).containsExactly(
				"Phú Sơn, ngày 09 tháng 3 năm 2025", "Số: 1263/BC-UBND");
		assertThat(dateAndNumber(LocalDate.of(2025, 12, 31), 125)).containsExactly(
				"Phú Sơn, ngày 31 tháng 12 năm 2025", "Số: 125/BC-UBND");
	}

	@Test
	void addresseesAndParentBodyAreSetAsTheDecreeShowsThem() {
		OfficialDocument document = Fixtures.reportBuilder()
			.parentBody("UBND tỉnh Sơn Nam")
			.addressees("Thường trực Huyện ủy;", "Thường trực Hội đồng nhân dân huyện", "- Ủy ban nhân dân tỉnh.")
			.build();
		Document page = Jsoup.parse(this.renderer.render(document));
		assertThat(page.select(".parent-body").text()).isEqualTo("UBND TỈNH SƠN NAM");
		assertThat(page.select(".parent-body").hasClass("agency")).isFalse();
		assertThat(page.select(".addressee")).isEmpty();
		assertThat(page.select("table.addressees td.label").text()).isEqualTo("Kính gửi:");
		assertThat(page.select("table.addressees p").eachText()).containsExactly("- Thường trực Huyện ủy;",
				"- Thường trực Hội đồng nhân dân huyện;", "- Ủy ban nhân dân tỉnh.");
		Document none = Jsoup.parse(this.renderer.render(Fixtures.reportBuilder().addressees().build()));
		assertThat(none.select(".addressee, table.addressees")).isEmpty();
	}

	private List<String> dateAndNumber(LocalDate date, int number) {
		OfficialDocument document = Fixtures.reportBuilder()
			.placeAndDate("Phú Sơn", date)
			.number(number, "BC-UBND")
			.build();
		Document page = Jsoup.parse(this.renderer.render(document));
		return List.of(page.select("td.date").text(), page.select("td.number").text());
	}

	@Test
	void theClosingMarkEndsTheTextEvenAfterEmptyHeadings() {
		OfficialDocument document = OfficialDocument.builder()
			.issuingBody("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ SƠN")
			.number(null, "BC-UBND")
			.placeUndated("Phú Sơn", java.time.Year.of(2025))
			.documentType("BÁO CÁO")
			.summary("Dự thảo đang viết")
			.section(Section.of("I.", "Đã viết", HeadingLevel.SECTION, Paragraph.of("Đoạn đã viết xong.")))
			.section(Section.of("IX.", "Mục còn để trống", HeadingLevel.SECTION))
			.recipients("Như trên", "Lưu: VT")
			.signature(new SignatureBlock(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Lê Minh Khang"))
			.draft(true)
			.build();
		Document page = Jsoup.parse(this.renderer.render(document));
		org.jsoup.select.Elements body = page.select("p.body, p.heading");
		assertThat(body.last().text()).isEqualTo("./.");
		assertThat(body.get(body.size() - 2).text()).isEqualTo("IX. MỤC CÒN ĐỂ TRỐNG");
		assertThat(page.select("p.body").stream().filter((p) -> p.text().endsWith("./.")).count()).isEqualTo(1);
	}

}
