package vn.ubnd.baocao.rendering.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fonts as the PDF renderer embeds them measure and encode text exactly as PDFBox's own Type 0 fonts do, and
 * openhtmltopdf finds the metrics of every face without working them out again.
 */
class PdfFontsTests {

	private static final String TEXT = "Ủy ban nhân dân huyện Phú Sơn báo cáo tình hình thực hiện nhiệm vụ phát triển "
			+ "kinh tế - xã hội 6 tháng đầu năm 2025: tăng 8,5% so với cùng kỳ; “Độc lập - Tự do - Hạnh phúc”./.";

	@Test
	void everyCharacterOfEveryFaceMeasuresAndEncodesAsInPdfBox() throws IOException {
		for (Fonts.Face face : Fonts.SERIF) {
			try (PDDocument document = new PDDocument()) {
				PDType0Font plain = PDType0Font.load(document,
						new ByteArrayInputStream(Fonts.bytesWithoutSubstitutions(face)), true);
				PDFont tabulated = PdfFonts.load(document, face);
				List<String> texts = new ArrayList<>(List.of(TEXT.split(" ")));
				texts.add(TEXT);
				texts.add("");
				texts.addAll(everyCharacterOf(face));
				// twice: the first time fills the table, the second reads it
				for (int pass = 0; pass < 2; pass++) {
					for (String text : texts) {
						assertThat(tabulated.getStringWidth(text)).as(face.resource() + ": " + text)
							.isEqualTo(plain.getStringWidth(text));
						assertThat(tabulated.encode(text)).as(face.resource() + ": " + text)
							.isEqualTo(plain.encode(text));
					}
				}
				assertThat(tabulated.getName()).isEqualTo(plain.getName());
				assertThat(tabulated.getSpaceWidth()).isEqualTo(plain.getSpaceWidth());
				assertThat(tabulated.getFontDescriptor().getAscent()).isEqualTo(plain.getFontDescriptor().getAscent());
				// outside the Basic Multilingual Plane: asked of PDFBox, which has no glyph for it either
				assertThatIllegalArgumentException().isThrownBy(() -> tabulated.getStringWidth("số 𝐀"))
					.withMessageContaining("No glyph for U+1D400");
				assertThatIllegalArgumentException().isThrownBy(() -> tabulated.encode("số 𝐀"))
					.withMessageContaining("No glyph for U+1D400");
				assertThatIllegalArgumentException().isThrownBy(() -> tabulated.getStringWidth("漢"))
					.withMessageContaining("No glyph for U+6F22");
				assertThatIllegalArgumentException().isThrownBy(() -> tabulated.encode("漢"))
					.withMessageContaining("No glyph for U+6F22");
			}
		}
	}

	@Test
	void openHtmlToPdfFindsTheMetricsOfEveryFace() throws IOException {
		int before = PdfFonts.metricsWorkedOut();
		String html = "<html><head><style>body { font-family: 'Liberation Serif'; font-size: 14pt; }</style></head>"
				+ "<body><p>Thường</p><p><b>Đậm</b></p><p><i>Nghiêng</i></p><p><b><i>Đậm nghiêng</i></b></p>"
				+ "<p><u>Gạch chân</u> <s>gạch ngang</s></p></body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument(); PdfFonts.Session fonts = PdfFonts.session(document)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useCacheStore(CacheStore.PDF_FONT_METRICS, PdfFonts.metrics());
			for (Fonts.Face face : Fonts.SERIF) {
				builder.useFont(fonts.supplier(face), Fonts.FAMILY, face.weight(),
						face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			fonts.written();
		}
		assertThat(out.size()).isPositive();
		assertThat(PdfFonts.metricsWorkedOut()).isEqualTo(before);
		for (Fonts.Face face : Fonts.SERIF) {
			assertThat(PdfFonts.metrics().get(PdfFonts.metricsKey(face))).as(face.resource()).isNotNull();
		}
	}

	/** Every character of the face's Unicode cmap in the Basic Multilingual Plane, one string each. */
	private static List<String> everyCharacterOf(Fonts.Face face) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(face)));
		CmapLookup cmap = font.getUnicodeCmapLookup();
		List<String> characters = new ArrayList<>();
		for (char c = 0x20; c < 0xFFFF; c++) {
			if (!Character.isSurrogate(c) && cmap.getGlyphId(c) != 0) {
				characters.add(String.valueOf(c));
			}
		}
		assertThat(characters).hasSizeGreaterThan(2000);
		return characters;
	}

}
