package vn.ubnd.baocao.rendering;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Word file of the fixture report, opened again with POI: named styles, real footnotes, the page set-up and the
 * header with the page number from page 2 on; then converted by LibreOffice where it is installed.
 */
class DocxRendererTests {

	private static byte[] docx;

	@BeforeAll
	static void render() throws IOException {
		docx = new DocxRenderer(Fixtures.messages()).render(Fixtures.report());
		Path samples = Path.of("target", "rendering");
		Files.createDirectories(samples);
		Files.write(samples.resolve("report.docx"), docx);
	}

	@Test
	void pageIsA4WithTheDecreesMarginsAndNumbersFromPageTwo() throws IOException {
		try (XWPFDocument document = open()) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
			assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
			CTPageMar margins = section.getPgMar();
			assertThat(twips(margins.getTop())).isEqualTo(1134); // 20 mm
			assertThat(twips(margins.getBottom())).isEqualTo(1134);
			assertThat(twips(margins.getLeft())).isEqualTo(1701); // 30 mm
			assertThat(twips(margins.getRight())).isEqualTo(850); // 15 mm
			assertThat(twips(margins.getHeader())).isLessThan(1134);
			// a different first page: its header is empty, the others show the PAGE field
			assertThat(section.isSetTitlePg()).isTrue();
			XWPFHeader first = document.getHeaderFooterPolicy().getFirstPageHeader();
			XWPFHeader others = document.getHeaderFooterPolicy().getDefaultHeader();
			assertThat(first).isNotNull();
			assertThat(others).isNotNull();
			assertThat(first._getHdrFtr().xmlText()).doesNotContain("PAGE");
			assertThat(first.getText()).isBlank();
			assertThat(others._getHdrFtr().xmlText()).contains("instrText").contains(" PAGE ");
			XWPFParagraph number = others.getParagraphs().get(0);
			assertThat(number.getStyle()).isEqualTo("Header");
			assertThat(style(document, "Header").getCTStyle().getPPr().getJc().getVal().toString()).isEqualTo("center");
			assertThat(halfPoints(document, "Header")).isBetween(26, 28);
		}
	}

	@Test
	void everyPartUsesItsNamedStyle() throws IOException {
		try (XWPFDocument document = open()) {
			Map<String, String> styleOf = new java.util.HashMap<>();
			for (XWPFParagraph paragraph : allParagraphs(document)) {
				if (!paragraph.getText().isBlank()) {
					styleOf.putIfAbsent(paragraph.getText().strip(), paragraph.getStyle());
				}
			}
			assertThat(styleOf).containsEntry("ỦY BAN NHÂN DÂN", "BCIssuer")
				.containsEntry("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BCNation")
				.containsEntry("Độc lập - Tự do - Hạnh phúc", "BCMotto")
				.containsEntry("Số: 07/BC-UBND", "BCNumber")
				.containsEntry("Phú Sơn, ngày 18 tháng 6 năm 2025", "BCDate")
				.containsEntry("BÁO CÁO", "BCDocType")
				.containsEntry("Kính gửi: Thường trực Hội đồng nhân dân huyện.", "BCAddressee")
				.containsEntry("I. ĐẶC ĐIỂM TÌNH HÌNH", "Heading2")
				.containsEntry("1. Thuận lợi", "Heading3")
				.containsEntry("1.1. Sản xuất nông nghiệp", "Heading4")
				.containsEntry("a) Trồng trọt", "Heading5")
				.containsEntry("- Mô hình cánh đồng lớn: 1.250 ha, tăng 150 ha so với cùng kỳ;", "BCBullet")
				.containsEntry("+ Xã Phú Thịnh: 420 ha;", "BCBullet")
				.containsEntry("Nơi nhận:", "BCRecipientsLabel")
				.containsEntry("- Như trên;", "BCRecipient")
				.containsEntry("- Lưu: VT, VP.", "BCRecipient")
				.containsEntry("TM. ỦY BAN NHÂN DÂN", "BCSignature")
				.containsEntry("PHÓ CHỦ TỊCH", "BCSignature")
				.containsEntry("Trần Minh Khải", "BCSigner")
				.containsEntry("Chỉ tiêu", "BCTableHeading");
			assertThat(styleOf.get(Fixtures.report().summary())).isEqualTo("BCSummary");
			assertThat(styleOf.entrySet()
				.stream()
				.filter(entry -> entry.getKey().startsWith("Cơ cấu tổ chức"))
				.map(Map.Entry::getValue)).containsExactly("BCBody");
			// the last paragraph of the body closes with ./.
			assertThat(styleOf.keySet()).anyMatch(text -> text.endsWith("của UBND huyện Phú Sơn./."));
		}
	}

	@Test
	void stylesCarryTheDecreesTypography() throws IOException {
		try (XWPFDocument document = open()) {
			assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0)
				.getAscii()).isEqualTo("Times New Roman");
			assertStyle(document, "BCNation", 24, 26, true, false);
			assertStyle(document, "BCMotto", 26, 28, true, false);
			assertStyle(document, "BCIssuer", 24, 26, true, false);
			assertStyle(document, "BCDate", 26, 28, false, true);
			assertStyle(document, "BCDocType", 26, 28, true, false);
			assertStyle(document, "BCSummary", 26, 28, true, false);
			assertStyle(document, "BCBody", 26, 28, false, false);
			assertStyle(document, "Heading2", 26, 28, true, false);
			assertStyle(document, "Heading5", 26, 28, false, true);
			assertStyle(document, "BCRecipientsLabel", 24, 24, true, true);
			assertStyle(document, "BCRecipient", 22, 22, false, false);
			assertStyle(document, "BCSignature", 26, 28, true, false);
			assertStyle(document, "BCSigner", 26, 28, true, false);
			var body = style(document, "BCBody").getCTStyle().getPPr();
			assertThat(body.getJc().getVal().toString()).isEqualTo("both");
			assertThat(twips(body.getInd().getFirstLine())).isEqualTo(720); // 1.27 cm
			assertThat(twips(body.getSpacing().getBefore())).isGreaterThanOrEqualTo(120); // at least 6 pt
			assertThat(twips(body.getSpacing().getLine())).isBetween(240, 360); // single to 1.5 lines
			for (String heading : List.of("Heading1", "Heading2", "Heading3", "Heading4", "Heading5")) {
				XWPFStyle style = style(document, heading);
				assertThat(style.getName()).startsWith("heading ");
				assertThat(style.getCTStyle().getPPr().isSetKeepNext()).isTrue();
				assertThat(style.getCTStyle().getPPr().getOutlineLvl()).isNotNull();
			}
		}
	}

	@Test
	void footnotesAreRealWordFootnotesCalledInOrder() throws IOException {
		try (XWPFDocument document = open()) {
			List<XWPFFootnote> notes = document.getFootnotes()
				.stream()
				.filter(note -> note.getCTFtnEdn().getType() == null
						|| note.getCTFtnEdn().getType() == STFtnEdn.NORMAL)
				.toList();
			assertThat(notes).hasSize(5);
			List<String> texts = List.of(Fixtures.FOOTNOTE_1, Fixtures.FOOTNOTE_2, Fixtures.FOOTNOTE_3,
					Fixtures.FOOTNOTE_4, Fixtures.FOOTNOTE_5);
			for (int i = 0; i < notes.size(); i++) {
				XWPFParagraph paragraph = notes.get(i).getParagraphs().get(0);
				assertThat(paragraph.getText().strip()).isEqualTo(texts.get(i));
				assertThat(paragraph.getStyle()).isEqualTo("FootnoteText");
				assertThat(paragraph.getCTP().getRArray(0).sizeOfFootnoteRefArray()).isEqualTo(1);
			}
			assertThat(document.getFootnotes()
				.stream()
				.map(note -> note.getCTFtnEdn().getType())
				.filter(type -> type == STFtnEdn.SEPARATOR || type == STFtnEdn.CONTINUATION_SEPARATOR)).hasSize(2);
			// the body calls them in order, each with the superscript reference style
			List<BigInteger> calls = new ArrayList<>();
			for (XWPFParagraph paragraph : allParagraphs(document)) {
				for (CTR run : paragraph.getCTP().getRList()) {
					for (CTFtnEdnRef reference : run.getFootnoteReferenceList()) {
						calls.add(reference.getId());
						assertThat(run.getRPr().getRStyleArray(0).getVal()).isEqualTo("FootnoteReference");
					}
				}
			}
			assertThat(calls).containsExactlyElementsOf(notes.stream().map(XWPFFootnote::getId).toList());
			assertThat(style(document, "FootnoteReference").getCTStyle().getRPr().getVertAlignArray(0).getVal()
				.toString()).isEqualTo("superscript");
			// the call to footnote 1 stands right after "(UBND)"
			XWPFParagraph opening = allParagraphs(document).stream()
				.filter(p -> p.getText().startsWith("Thực hiện Nghị quyết"))
				.findFirst()
				.orElseThrow();
			List<XWPFRun> runs = opening.getRuns();
			assertThat(runs.get(0).text()).endsWith("(UBND)");
			assertThat(runs.get(1).getCTR().sizeOfFootnoteReferenceArray()).isEqualTo(1);
		}
	}

	@Test
	void headerAndClosingAreBorderlessTwoColumnTables() throws IOException {
		try (XWPFDocument document = open()) {
			List<XWPFTable> tables = document.getTables();
			XWPFTable masthead = tables.get(0);
			assertThat(masthead.getRows()).hasSize(2);
			assertThat(masthead.getRow(0).getTableCells()).hasSize(2);
			assertThat(masthead.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN").contains("HUYỆN PHÚ SƠN");
			assertThat(masthead.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(masthead.getRow(1).getCell(0).getText()).isEqualTo("Số: 07/BC-UBND");
			assertThat(masthead.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
			assertThat(masthead.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString())
				.isEqualTo("none");
			// the rules under the issuing body and under the motto: top borders of short centred paragraphs
			List<XWPFParagraph> rules = List.of(lastParagraph(masthead.getRow(0).getCell(0)),
					lastParagraph(masthead.getRow(0).getCell(1)));
			for (XWPFParagraph rule : rules) {
				assertThat(rule.getStyle()).isEqualTo("BCRule");
				assertThat(rule.getCTP().getPPr().getPBdr().getTop().getVal().toString()).isEqualTo("single");
				assertThat(rule.getIndentationLeft()).isPositive().isEqualTo(rule.getIndentationRight());
			}

			XWPFTable data = tables.get(1);
			assertThat(data.getRow(0).isRepeatHeader()).isTrue();
			assertThat(data.getRow(1).getCell(0).getText()).isEqualTo("Tổng thu ngân sách trên địa bàn");
			assertThat(data.getRow(1).getCell(2).getParagraphs().get(0).getAlignment().toString()).isEqualTo("RIGHT");

			XWPFTable closing = tables.get(tables.size() - 1);
			assertThat(closing.getRows()).hasSize(1);
			assertThat(closing.getRow(0).isCantSplitRow()).isTrue();
			assertThat(closing.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
			assertThat(closing.getRow(0).getCell(1).getText()).startsWith("TM. ỦY BAN NHÂN DÂN")
				.endsWith("Trần Minh Khải");
			assertThat(closing.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
		}
	}

	@Test
	void severalAddresseesAreListedUnderKinhGui() throws IOException {
		OfficialDocument document = Fixtures.reportBuilder()
			.addressees("Thường trực Huyện ủy;", "Thường trực Hội đồng nhân dân huyện", "- Ủy ban nhân dân tỉnh")
			.build();
		try (XWPFDocument word = new XWPFDocument(
				new ByteArrayInputStream(new DocxRenderer(Fixtures.messages()).render(document)))) {
			List<String> lines = word.getParagraphs()
				.stream()
				.filter(p -> "BCAddressee".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(lines).containsExactly("Kính gửi:\t- Thường trực Huyện ủy;",
					"- Thường trực Hội đồng nhân dân huyện;", "- Ủy ban nhân dân tỉnh.");
		}
	}

	@Test
	void draftIsMarkedAndLeavesNumberAndDateBlank() throws IOException {
		try (XWPFDocument word = new XWPFDocument(
				new ByteArrayInputStream(new DocxRenderer(Fixtures.messages()).render(Fixtures.draft())))) {
			XWPFParagraph mark = word.getParagraphs().get(0);
			assertThat(mark.getText()).isEqualTo("DỰ THẢO");
			assertThat(mark.getStyle()).isEqualTo("BCDraft");
			assertThat(mark.getCTP().getPPr().getPBdr().getLeft().getVal().toString()).isEqualTo("single");
			XWPFTable masthead = word.getTables().get(0);
			String blank = "\u00a0".repeat(6);
			assertThat(masthead.getRow(1).getCell(0).getText()).isEqualTo("Số: " + blank + "/BC-UBND");
			assertThat(masthead.getRow(1).getCell(1).getText())
				.isEqualTo("Phú Sơn, ngày " + blank + " tháng " + blank + " năm 2025");
		}
		try (XWPFDocument word = open()) {
			assertThat(word.getParagraphs().get(0).getText()).isNotEqualTo("DỰ THẢO");
			assertThat(word.getBodyElements().get(0)).isInstanceOf(XWPFTable.class);
		}
	}

	@Test
	void libreOfficeConvertsItToThePageLayout(@TempDir Path work) throws Exception {
		String office = findOnPath("libreoffice", "soffice");
		assumeTrue(office != null, "LibreOffice is not installed: apt-get install libreoffice-writer-nogui");
		Path input = work.resolve("report.docx");
		Files.write(input, docx);
		Process process = new ProcessBuilder(office, "-env:UserInstallation=" + work.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", work.toString(), input.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		String log = new String(process.getInputStream().readAllBytes());
		assertThat(process.exitValue()).as(log).isZero();
		Path pdf = work.resolve("report.pdf");
		assertThat(pdf).as(log).exists();
		Files.copy(pdf, Path.of("target", "rendering", "report-docx.pdf"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
			assertThat(converted.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			PdfGlyphs glyphs = PdfGlyphs.read(converted);
			double top = 20 * PdfGlyphs.MM;
			assertThat(glyphs.where(glyph -> glyph.page() == 1 && glyph.y() < top).glyphs).isEmpty();
			assertThat(glyphs.where(glyph -> glyph.page() == 2 && glyph.y() < top).text()).isEqualTo("2");
			for (String footnote : List.of(Fixtures.FOOTNOTE_1, Fixtures.FOOTNOTE_5)) {
				assertThat(glyphs.find(footnote)).as(footnote).isNotEmpty();
			}
			assertThat(glyphs.find(Fixtures.FOOTNOTE_1).get(0).page()).isEqualTo(1);
			assertThat(glyphs.find("Thực hiện Nghị quyết").get(0).x())
				.isCloseTo((float) ((30 + 12.7) * PdfGlyphs.MM), org.assertj.core.data.Offset.offset(1.5f));
			assertThat(glyphs.find("Trần Minh Khải")).isNotEmpty();
		}
	}

	private static String findOnPath(String... names) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : names) {
				File candidate = new File(directory, name);
				if (candidate.canExecute()) {
					return candidate.getPath();
				}
			}
		}
		return null;
	}

	private static XWPFDocument open() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	private static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraphs.add(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				table.getRows()
					.forEach(row -> row.getTableCells().forEach(cell -> paragraphs.addAll(cell.getParagraphs())));
			}
		}
		return paragraphs;
	}

	private static XWPFParagraph lastParagraph(XWPFTableCell cell) {
		return cell.getParagraphs().get(cell.getParagraphs().size() - 1);
	}

	private static XWPFStyle style(XWPFDocument document, String id) {
		XWPFStyle style = document.getStyles().getStyle(id);
		assertThat(style).as("style %s", id).isNotNull();
		return style;
	}

	private static int halfPoints(XWPFDocument document, String id) {
		return ((BigInteger) style(document, id).getCTStyle().getRPr().getSzArray(0).getVal()).intValue();
	}

	private static void assertStyle(XWPFDocument document, String id, int minHalfPoints, int maxHalfPoints,
			boolean bold, boolean italic) {
		XWPFStyle style = style(document, id);
		var rpr = style.getCTStyle().getRPr();
		assertThat(halfPoints(document, id)).as("size of %s", id).isBetween(minHalfPoints, maxHalfPoints);
		assertThat(rpr.sizeOfBArray() > 0).as("%s bold", id).isEqualTo(bold);
		assertThat(rpr.sizeOfIArray() > 0).as("%s italic", id).isEqualTo(italic);
	}

	private static int twips(Object value) {
		return ((BigInteger) value).intValue();
	}

}
