package vn.ubnd.baocao.rendering;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.ubnd.baocao.rendering.internal.Fonts;
import vn.ubnd.baocao.rendering.internal.OpenHtmlToPdfLog;
import vn.ubnd.baocao.rendering.internal.PdfFonts;
import vn.ubnd.baocao.rendering.internal.RenderedFiles;

/**
 * Renders an {@link OfficialDocument} to a PDF/A-2b file from the print view's template: A4, the decree's margins,
 * Liberation Serif embedded (no system font is ever used), footnotes at the foot of their page ({@code float:
 * footnote}), page numbers centred in the top margin from page 2 on, and an sRGB output intent.
 * <p>
 * What is the same for every document is prepared once and shared (thread-safe): the font files, the codes, widths
 * and metrics of their characters ({@link PdfFonts}) and the colour profile. See bench/README.md for the figures.
 * <p>
 * The file depends on the document alone, so the last files rendered are kept by their document, up to
 * {@code portal.rendering.pdf-cache} bytes (16 MB unless set): a report opened again unchanged (the submitted report
 * that the council and the chair read) is not rendered again.
 */
@Component
public class PdfRenderer {

	private static final String BASE_URI = "classpath:/templates/rendering/";

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/** Per thread: a W3CDom looks its XML parser factory up on the class path, which takes longer than using it. */
	private static final ThreadLocal<W3CDom> W3C_DOM = ThreadLocal.withInitial(W3CDom::new);

	/** The size of the cache unless {@code portal.rendering.pdf-cache} says otherwise. */
	static final String DEFAULT_CACHE = "16MB";

	private final HtmlRenderer html;

	private final RenderedFiles<OfficialDocument> rendered;

	public PdfRenderer(HtmlRenderer html) {
		this(html, DEFAULT_CACHE);
	}

	/** @param cache the most bytes of PDF files kept, as {@link DataSize} writes it ({@code 16MB}) */
	@Autowired
	public PdfRenderer(HtmlRenderer html, @Value("${portal.rendering.pdf-cache:" + DEFAULT_CACHE + "}") String cache) {
		this.html = html;
		this.rendered = new RenderedFiles<>(DataSize.parse(cache.strip()).toBytes());
		OpenHtmlToPdfLog.install();
	}

	/** The PDF/A-2b file of {@code document}: the file kept if the same document was rendered lately. */
	public byte[] render(OfficialDocument document) {
		return this.rendered.get(document, this::renderOnce);
	}

	/**
	 * The PDF/A-2b file of {@code document}, rendered and not kept: for a document that will not be asked for again
	 * (an issued report's, signed and stored as it is issued), which would only push others out of the cache.
	 */
	public byte[] renderOnce(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		render(document, out);
		return out.toByteArray();
	}

	/** The files kept (for tests). */
	RenderedFiles<OfficialDocument> rendered() {
		return this.rendered;
	}

	/** Writes the PDF/A-2b file of {@code document} to {@code out}, which is left open. */
	public void render(OfficialDocument document, OutputStream out) {
		String markup = this.html.renderPaged(document);
		org.w3c.dom.Document dom = W3C_DOM.get().fromJsoup(Jsoup.parse(markup, BASE_URI));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
		builder.useColorProfile(SRGB);
		builder.useCacheStore(CacheStore.PDF_FONT_METRICS, PdfFonts.metrics());
		// openhtmltopdf closes the document once it has written it
		PDDocument pdf = new PDDocument();
		builder.usePDDocument(pdf);
		try (PdfFonts.Session fonts = PdfFonts.session(pdf)) {
			boolean substitutes = Fonts.substitutes(markup);
			for (Fonts.Face face : Fonts.SERIF) {
				FontStyle style = face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
				if (substitutes) {
					// a run of tone letters: PDFBox joins it into one glyph only for a plain Type 0 font with GSUB
					byte[] font = Fonts.bytes(face);
					builder.useFont(() -> new ByteArrayInputStream(font), Fonts.FAMILY, face.weight(), style, true);
				}
				else {
					builder.useFont(fonts.supplier(face), Fonts.FAMILY, face.weight(), style, true);
				}
			}
			builder.withW3cDocument(dom, BASE_URI);
			builder.toStream(out);
			builder.run();
			fonts.written();
		}
		catch (IOException ex) {
			throw new RenderingException("Cannot write the PDF of '" + document.summary() + "'", ex);
		}
		finally {
			closeQuietly(pdf);
		}
	}

	private static void closeQuietly(PDDocument pdf) {
		try {
			pdf.close();
		}
		catch (IOException ex) {
			// already written or failed: nothing is left to release
		}
	}

}
