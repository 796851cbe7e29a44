package vn.ubnd.baocao.rendering;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.rendering.internal.Fonts;

/**
 * Renders an {@link OfficialDocument} to a PDF/A-2b file from the print view's template: A4, the decree's margins,
 * Liberation Serif embedded (no system font is ever used), footnotes at the foot of their page ({@code float:
 * footnote}), page numbers centred in the top margin from page 2 on, and an sRGB output intent.
 */
@Component
public class PdfRenderer {

	private static final String BASE_URI = "classpath:/templates/rendering/";

	private final HtmlRenderer html;

	public PdfRenderer(HtmlRenderer html) {
		this.html = html;
	}

	/** The PDF/A-2b file of {@code document}. */
	public byte[] render(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(document, out);
		return out.toByteArray();
	}

	/** Writes the PDF/A-2b file of {@code document} to {@code out}, which is left open. */
	public void render(OfficialDocument document, OutputStream out) {
		String markup = this.html.renderPaged(document);
		org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(markup, BASE_URI));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
		builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		boolean substitutes = Fonts.substitutes(markup);
		for (Fonts.Face face : Fonts.SERIF) {
			byte[] font = substitutes ? Fonts.bytes(face) : Fonts.bytesWithoutSubstitutions(face);
			builder.useFont(() -> new ByteArrayInputStream(font), Fonts.FAMILY, face.weight(),
					face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
		}
		builder.withW3cDocument(dom, BASE_URI);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new RenderingException("Cannot write the PDF of '" + document.summary() + "'", ex);
		}
	}

}
