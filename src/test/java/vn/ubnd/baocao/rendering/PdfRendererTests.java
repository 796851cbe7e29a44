package vn.ubnd.baocao.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import vn.ubnd.baocao.rendering.Block.Paragraph;
import vn.ubnd.baocao.rendering.PdfGlyphs.Glyph;
import vn.ubnd.baocao.rendering.internal.Fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static vn.ubnd.baocao.rendering.PdfGlyphs.MM;

/**
 * The PDF of the fixture report, read back with PDFBox and checked against Nghị định 30/2020: the order and the
 * typography of the header, the margins, the page numbers, the footnotes, the signature block, the fonts and PDF/A-2b.
 */
class PdfRendererTests {

	private static final double PAGE_WIDTH = 210 * MM;

	private static final double PAGE_HEIGHT = 297 * MM;

	private static final double LEFT = 30 * MM;

	private static final double RIGHT = PAGE_WIDTH - 15 * MM;

	private static final double TOP = 20 * MM;

	private static final double BOTTOM = PAGE_HEIGHT - 20 * MM;

	private static byte[] pdf;

	private static PdfGlyphs glyphs;

	private static int pages;

	@BeforeAll
	static void render() throws IOException {
		pdf = Fixtures.pdfRenderer().render(Fixtures.report());
		Path samples = Path.of("target", "rendering");
		Files.createDirectories(samples);
		Files.write(samples.resolve("report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			glyphs = PdfGlyphs.read(document);
			pages = document.getNumberOfPages();
		}
	}

	@Test
	void fixtureRunsOverSeveralA4Pages() throws IOException {
		assertThat(pages).isGreaterThanOrEqualTo(3);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo((float) PAGE_WIDTH, offset(0.5f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo((float) PAGE_HEIGHT, offset(0.5f));
			}
		}
	}

	@Test
	void headerElementsComeInTheDecreesOrderAndPlaces() {
		Glyph agency = first("ỦY BAN NHÂN DÂN");
		Glyph district = first("HUYỆN PHÚ SƠN");
		Glyph nation = first("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		Glyph motto = first("Độc lập - Tự do - Hạnh phúc");
		Glyph number = first("Số: 07/BC-UBND");
		Glyph date = first("Phú Sơn, ngày 18 tháng 6 năm 2025");
		Glyph type = first("BÁO CÁO");
		Glyph summary = first("Tình hình thực hiện nhiệm vụ phát triển kinh tế");
		Glyph addressee = first("Kính gửi: Thường trực Hội đồng nhân dân huyện.");
		Glyph opening = first("Thực hiện Nghị quyết của Huyện ủy");
		for (Glyph glyph : List.of(agency, district, nation, motto, number, date, type, summary, addressee, opening)) {
			assertThat(glyph.page()).isEqualTo(1);
		}
		// top row: issuing body on the left, national title on the right, level with each other
		assertThat(nation.y()).isCloseTo(agency.y(), offset(3f));
		assertThat(district.y()).isGreaterThan(agency.y());
		assertThat(motto.y()).isGreaterThan(nation.y());
		double textWidth = RIGHT - LEFT;
		assertThat(centre("ỦY BAN NHÂN DÂN")).isBetween(LEFT, LEFT + textWidth * 0.44);
		assertThat(centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isBetween(LEFT + textWidth * 0.5, RIGHT);
		// Số under the issuing body, the date under the motto, on one row
		assertThat(number.y()).isGreaterThan(district.y());
		assertThat(date.y()).isGreaterThan(motto.y()).isCloseTo(number.y(), offset(3f));
		assertThat(centre("Số: 07/BC-UBND")).isCloseTo(centre("ỦY BAN NHÂN DÂN"), offset(10.0));
		assertThat(centre("Phú Sơn, ngày 18 tháng 6 năm 2025"))
			.isCloseTo(centre("Độc lập - Tự do - Hạnh phúc"), offset(10.0));
		// then the type, the summary, Kính gửi and the body, centred where the decree centres them
		assertThat(type.y()).isGreaterThan(date.y());
		assertThat(summary.y()).isGreaterThan(type.y());
		assertThat(addressee.y()).isGreaterThan(summary.y());
		assertThat(opening.y()).isGreaterThan(addressee.y());
		assertThat(centre("BÁO CÁO")).isCloseTo((LEFT + RIGHT) / 2, offset(3.0));
		assertThat(centre("Kính gửi: Thường trực Hội đồng nhân dân huyện."))
			.isCloseTo((LEFT + RIGHT) / 2, offset(3.0));
	}

	@Test
	void headerTypographyFollowsTheDecree() {
		assertStyle("ỦY BAN NHÂN DÂN", 12, 13, true, false);
		assertStyle("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, 13, true, false);
		assertStyle("Độc lập - Tự do - Hạnh phúc", 13, 14, true, false);
		assertStyle("Số: 07/BC-UBND", 13, 13, false, false);
		assertStyle("Phú Sơn, ngày 18 tháng 6 năm 2025", 13, 14, false, true);
		assertStyle("BÁO CÁO", 13, 14, true, false);
		assertStyle("Tình hình thực hiện nhiệm vụ phát triển kinh tế", 13, 14, true, false);
		assertStyle("Kính gửi:", 13, 14, false, false);
	}

	@Test
	void bodyHeadingsAndSignatureFollowTheDecree() {
		assertStyle("Thực hiện Nghị quyết của Huyện ủy", 13, 14, false, false);
		assertStyle("I. ĐẶC ĐIỂM TÌNH HÌNH", 13, 14, true, false);
		assertStyle("1. Thuận lợi", 13, 14, true, false);
		assertStyle("1.1. Sản xuất nông nghiệp", 13, 14, true, true);
		assertStyle("a) Trồng trọt", 13, 14, false, true);
		assertStyle("TM. ỦY BAN NHÂN DÂN", 13, 14, true, false);
		assertStyle("KT. CHỦ TỊCH", 13, 14, true, false);
		assertStyle("PHÓ CHỦ TỊCH", 13, 14, true, false);
		assertStyle("Trần Minh Khải", 13, 14, true, false);
		assertStyle("Nơi nhận:", 12, 12, true, true);
		assertStyle("- Như trên;", 11, 11, false, false);
		assertStyle("- Lưu: VT, VP.", 11, 11, false, false);
		// the body's first lines are indented 1.27 cm, its other lines start at the margin
		assertThat(first("Thực hiện Nghị quyết").x()).isCloseTo((float) (LEFT + 12.7 * MM),
				offset(1f));
		assertThat(first("I. ĐẶC ĐIỂM TÌNH HÌNH").x()).isCloseTo((float) (LEFT + 12.7 * MM),
				offset(1f));
	}

	@Test
	void recipientsAndSignatureStandSideBySideAtTheEnd() {
		Glyph recipients = first("Nơi nhận:");
		Glyph authority = first("TM. ỦY BAN NHÂN DÂN");
		Glyph name = first("Trần Minh Khải");
		Glyph closing = first("Trên đây là báo cáo");
		assertThat(recipients.page()).isEqualTo(pages);
		assertThat(authority.page()).isEqualTo(pages);
		assertThat(name.page()).isEqualTo(pages);
		assertThat(recipients.y()).isCloseTo(authority.y(), offset(4f));
		assertThat(recipients.x()).isCloseTo((float) LEFT, offset(1f));
		assertThat(centre("TM. ỦY BAN NHÂN DÂN")).isBetween(LEFT + (RIGHT - LEFT) * 0.6, LEFT + (RIGHT - LEFT) * 0.85);
		assertThat(centre("Trần Minh Khải")).isCloseTo(centre("TM. ỦY BAN NHÂN DÂN"), offset(3.0));
		// room for the signature between the title and the name
		assertThat(name.y() - first("PHÓ CHỦ TỊCH").y()).isGreaterThan((float) (20 * MM));
		assertThat(closing.y()).isLessThan(recipients.y());
		assertThat(glyphs.text()).contains("UBNDhuyệnPhúSơn./.");
	}

	@Test
	void textStaysWithinTheMargins() {
		for (Glyph glyph : glyphs.glyphs) {
			boolean pageNumber = glyph.y() < TOP;
			assertThat(glyph.x()).as("left edge of %s", glyph).isGreaterThanOrEqualTo((float) LEFT - 0.5f);
			assertThat(glyph.right()).as("right edge of %s", glyph).isLessThanOrEqualTo((float) RIGHT + 0.5f);
			assertThat(glyph.y()).as("bottom of %s", glyph).isLessThanOrEqualTo((float) BOTTOM);
			if (pageNumber) {
				assertThat(glyph.page()).as("only page numbers in the top margin: %s", glyph).isGreaterThan(1);
				assertThat(glyph.text()).matches("\\d+");
			}
		}
		// justified lines reach both margins
		PdfGlyphs body = glyphs.where(glyph -> glyph.y() > TOP);
		assertThat(body.glyphs.stream().map(Glyph::x).min(Float::compare).orElseThrow())
			.isCloseTo((float) LEFT, offset(0.5f));
		assertThat(body.glyphs.stream().map(Glyph::right).max(Float::compare).orElseThrow())
			.isGreaterThan((float) RIGHT - 3f);
		// the first line of page 2 starts right below the top margin
		float firstOnPage2 = body.where(glyph -> glyph.page() == 2)
			.glyphs.stream().map(Glyph::y).min(Float::compare).orElseThrow();
		assertThat(firstOnPage2).isBetween((float) TOP, (float) TOP + 20f);
	}

	@Test
	void pageNumbersAreCentredInTheTopMarginFromPageTwoOn() {
		assertThat(glyphs.where(glyph -> glyph.page() == 1 && glyph.y() < TOP).glyphs).isEmpty();
		for (int page = 2; page <= pages; page++) {
			int number = page;
			List<Glyph> header = glyphs.where(glyph -> glyph.page() == number && glyph.y() < TOP).glyphs;
			assertThat(header).as("page %d", page).isNotEmpty();
			assertThat(header.stream().map(Glyph::text).collect(Collectors.joining())).isEqualTo(String.valueOf(page));
			double centre = (header.get(0).x() + header.get(header.size() - 1).right()) / 2;
			assertThat(centre).isCloseTo((LEFT + RIGHT) / 2, offset(2.0));
			assertThat(header.get(0).size()).isBetween(12.9f, 14.05f);
			assertThat(header.get(0).bold()).isFalse();
			assertThat(header.get(0).italic()).isFalse();
		}
	}

	@Test
	void footnotesStandAtTheFootOfThePageThatCallsThem() {
		Map<Integer, String> callers = Map.of(1, "Ủy ban nhân dân (UBND)", 2, "theo Nghị quyết năm 2025", 3,
				"đàn gia cầm đạt 512.000 con", 4, "toàn huyện có 35 trường", 5, "theo kế hoạch của UBND huyện");
		List<String> texts = List.of(Fixtures.FOOTNOTE_1, Fixtures.FOOTNOTE_2, Fixtures.FOOTNOTE_3,
				Fixtures.FOOTNOTE_4, Fixtures.FOOTNOTE_5);
		for (int n = 1; n <= 5; n++) {
			List<Glyph> caller = glyphs.find(callers.get(n));
			assertThat(caller).as("caller of footnote %d", n).isNotEmpty();
			Glyph last = caller.get(caller.size() - 1);
			String number = String.valueOf(n);
			String context = callers.get(n);
			Glyph call = glyphs.glyphs.stream()
				.filter(glyph -> glyph.page() == last.page() && glyph.text().equals(number) && glyph.size() < 10
						&& Math.abs(glyph.x() - last.right()) < 2 && Math.abs(glyph.y() - last.y()) < 6)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no call " + number + " after '" + context + "'"));
			assertThat(call.y()).as("call %d is raised", n).isLessThan(last.y());

			List<Glyph> note = glyphs.find(texts.get(n - 1));
			assertThat(note).as("text of footnote %d", n).isNotEmpty();
			Glyph start = note.get(0);
			assertThat(start.page()).as("footnote %d on the page of its call", n).isEqualTo(call.page());
			assertThat(start.y()).as("footnote %d below its call", n).isGreaterThan(call.y());
			assertThat(start.y()).as("footnote %d at the foot of the page", n)
				.isGreaterThan((float) (PAGE_HEIGHT * 0.6));
			assertThat(note.get(note.size() - 1).y()).isLessThanOrEqualTo((float) BOTTOM);
			assertThat(start.size()).isBetween(11.9f, 12.1f);
			Glyph marker = glyphs.glyphs.get(glyphs.indexOf(start) - 1);
			assertThat(marker.text()).isEqualTo(number);
			assertThat(marker.size()).isLessThan(10f);
		}
		assertThat(glyphs.find(Fixtures.FOOTNOTE_1).get(0).page()).isEqualTo(1);
		assertThat(glyphs.find(Fixtures.FOOTNOTE_5).get(0).page()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyWordOfTheDocumentIsPrintedInOrder() {
		OfficialDocument document = Fixtures.report();
		// the body as drawn: no page numbers, no footnote calls or markers, no footnote texts
		String printed = glyphs.where(glyph -> glyph.y() > TOP && glyph.size() > 10).text();
		for (var footnote : document.footnotes()) {
			String text = PdfGlyphs.squeeze(footnote.text());
			assertThat(printed).contains(text);
			printed = printed.replace(text, "");
		}
		int position = 0;
		for (String part : Expected.texts(document)) {
			String wanted = PdfGlyphs.squeeze(part);
			int found = printed.indexOf(wanted, position);
			assertThat(found).as("'%s' printed after position %d", part, position).isGreaterThanOrEqualTo(0);
			position = found + wanted.length();
		}
	}

	@Test
	void onlyTheEmbeddedLiberationSerifIsUsed() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> names = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					names.add(font.getName());
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
				}
			}
			assertThat(names).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif(-.*)?"));
			assertThat(names.stream().map(name -> name.substring(7)).distinct())
				.contains("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
						"LiberationSerif-BoldItalic");
		}
	}

	@Test
	void isValidPdfA2b() throws Exception {
		assertPdfA2b(pdf);
	}

	@Test
	void validatorRejectsAPdfThatIsNotPdfA() throws Exception {
		// a plain PDF with an unembedded standard font and no output intent: proves the profile is really applied
		try (PDDocument plain = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			plain.addPage(page);
			try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(plain, page)) {
				content.beginText();
				content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN), 12);
				content.showText("Phu Son");
				content.endText();
			}
			plain.save(out);
			assertThat(validate(out.toByteArray()).isCompliant()).isFalse();
		}
	}

	@Test
	void draftIsMarkedAndLeavesNumberAndDateBlank() throws Exception {
		byte[] draft = Fixtures.pdfRenderer().render(Fixtures.draft());
		try (PDDocument document = Loader.loadPDF(draft)) {
			PdfGlyphs text = PdfGlyphs.read(document);
			Glyph mark = text.find("DỰ THẢO").get(0);
			assertThat(mark.page()).isEqualTo(1);
			assertThat(mark.bold()).isTrue();
			assertThat(mark.y()).isLessThan(text.find("ỦY BAN NHÂN DÂN").get(0).y());
			List<Glyph> number = text.find("Số:/BC-UBND");
			assertThat(number).isNotEmpty();
			// the blank number leaves room to write it in by hand
			assertThat(number.get(3).x() - number.get(2).right()).isGreaterThan(10f);
			assertThat(text.find("Phú Sơn, ngày tháng năm 2025")).isNotEmpty();
			assertThat(text.text()).doesNotContain("07/BC-UBND");
		}
		assertPdfA2b(draft);
	}

	@Test
	void rendersOnManyThreadsAtOnceDrawTheSame() throws Exception {
		List<byte[]> expected = drawn(pdf);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> renders = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				renders.add(threads.submit(() -> Fixtures.pdfRenderer().render(Fixtures.report())));
			}
			for (Future<byte[]> render : renders) {
				List<byte[]> actual = drawn(render.get(2, TimeUnit.MINUTES));
				assertThat(actual).hasSameSizeAs(expected);
				for (int i = 0; i < expected.size(); i++) {
					assertThat(actual.get(i)).as("stream %d", i).isEqualTo(expected.get(i));
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theSameDocumentIsRenderedOnceAndAChangedOneAgain() throws Exception {
		PdfRenderer renderer = Fixtures.pdfRenderer();
		byte[] first = renderer.render(Fixtures.report());
		byte[] again = renderer.render(Fixtures.report());
		assertThat(again).isEqualTo(first).isNotSameAs(first);
		assertThat(renderer.rendered().misses()).isEqualTo(1);
		assertThat(renderer.rendered().hits()).isEqualTo(1);
		byte[] changed = renderer.render(Fixtures.reportBuilder()
			.closing(Paragraph.of("Trên đây là báo cáo đã sửa sau góp ý của Thường trực HĐND."))
			.build());
		assertThat(renderer.rendered().misses()).isEqualTo(2);
		try (PDDocument document = Loader.loadPDF(changed)) {
			assertThat(PdfGlyphs.read(document).find("đã sửa sau góp ý")).isNotEmpty();
		}
		byte[] draft = renderer.render(Fixtures.draft());
		assertThat(renderer.rendered().misses()).isEqualTo(3);
		assertThat(draft).isNotEqualTo(first);
		int kept = renderer.rendered().count();
		// an issued report's file is signed and stored as it is issued: rendered once, not kept
		byte[] once = renderer.renderOnce(Fixtures.report());
		assertThat(renderer.rendered().count()).isEqualTo(kept);
		assertThat(renderer.rendered().misses()).isEqualTo(3);
		assertThat(once).isNotEmpty();
	}

	@Test
	void aRunOfToneLettersIsStillDrawnAsTheFontsContourGlyph() throws Exception {
		byte[] file = Fixtures.pdfRenderer()
			.render(Fixtures.reportBuilder()
				.closing(Paragraph.of("Thanh điệu trong phiên âm quốc tế: ˧˥ và ˨˩˦."))
				.build());
		TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(Fonts.SERIF.get(0))));
		CmapLookup cmap = regular.getUnicodeCmapLookup();
		ScriptFeature ccmp = regular.getGsubData().getFeature("ccmp");
		int rising = ccmp.getReplacementForGlyphs(List.of(cmap.getGlyphId('˧'), cmap.getGlyphId('˥')));
		int dipping = ccmp.getReplacementForGlyphs(
				List.of(cmap.getGlyphId('˨'), cmap.getGlyphId('˩'), cmap.getGlyphId('˦')));
		List<Integer> codes = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(file)) {
			PDPage last = document.getPage(document.getNumberOfPages() - 1);
			for (Object token : new PDFStreamParser(last).parse()) {
				List<COSString> strings = (token instanceof COSString string) ? List.of(string)
						: (token instanceof COSArray array) ? array.toList()
							.stream()
							.filter(COSString.class::isInstance)
							.map(COSString.class::cast)
							.toList() : List.of();
				for (COSString string : strings) {
					byte[] bytes = string.getBytes();
					for (int i = 0; i + 1 < bytes.length; i += 2) {
						codes.add(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF));
					}
				}
			}
		}
		// PDFBox applies the font's GSUB to such a run (nothing else in the font is substituted), as it always did
		assertThat(codes).contains(rising, dipping).doesNotContain(cmap.getGlyphId('˧'), cmap.getGlyphId('˩'));
		assertPdfA2b(file);
	}

	/** What a PDF draws: the content stream of each page, then each embedded font file, decoded. */
	private static List<byte[]> drawn(byte[] file) throws IOException {
		List<byte[]> streams = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(file)) {
			for (PDPage page : document.getPages()) {
				try (var in = page.getContents()) {
					streams.add(in.readAllBytes());
				}
			}
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					var descriptor = font.getFontDescriptor();
					if (descriptor != null && descriptor.getFontFile2() != null) {
						try (var in = descriptor.getFontFile2().createInputStream()) {
							streams.add(in.readAllBytes());
						}
					}
				}
			}
		}
		return streams;
	}

	private static void assertPdfA2b(byte[] file) throws Exception {
		ValidationResult result = validate(file);
		List<String> failures = result.getTestAssertions()
			.stream()
			.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
			.map(assertion -> assertion.getRuleId() + " " + assertion.getMessage())
			.distinct()
			.toList();
		assertThat(failures).isEmpty();
		assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
		assertThat(result.isCompliant()).isTrue();
	}

	/** Validates {@code file} against PDF/A-2b with veraPDF, whatever the file claims to be. */
	private static ValidationResult validate(byte[] file) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(file), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			return validator.validate(parser);
		}
	}

	private static Glyph first(String phrase) {
		List<Glyph> found = glyphs.find(phrase);
		assertThat(found).as("'%s' printed", phrase).isNotEmpty();
		return found.get(0);
	}

	private static double centre(String phrase) {
		List<Glyph> found = glyphs.find(phrase);
		assertThat(found).as("'%s' printed", phrase).isNotEmpty();
		return (found.get(0).x() + found.get(found.size() - 1).right()) / 2;
	}

	private static void assertStyle(String phrase, double minSize, double maxSize, boolean bold, boolean italic) {
		List<Glyph> found = glyphs.find(phrase);
		assertThat(found).as("'%s' printed", phrase).isNotEmpty();
		for (Glyph glyph : found) {
			assertThat(glyph.font()).as("font of '%s'", phrase).contains("LiberationSerif");
			assertThat(glyph.size()).as("size of '%s'", phrase)
				.isBetween((float) minSize - 0.05f, (float) maxSize + 0.05f);
			assertThat(glyph.bold()).as("'%s' bold", phrase).isEqualTo(bold);
			assertThat(glyph.italic()).as("'%s' italic", phrase).isEqualTo(italic);
		}
	}

}
