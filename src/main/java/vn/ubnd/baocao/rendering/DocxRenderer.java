package vn.ubnd.baocao.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.rendering.internal.DocxWriter;
import vn.ubnd.baocao.rendering.internal.PrintView;

/**
 * Renders an {@link OfficialDocument} to a Word (.docx) file with the same layout as the print view: A4 and the
 * decree's margins, named paragraph styles ({@code Heading1} … {@code Heading5} for the section levels, {@code BCBody}
 * for the body, {@code FootnoteText}, {@code BCRecipient} …), the two-column header as a borderless table, real
 * Word footnotes, and the page number in the header from page 2 on.
 */
@Component
public class DocxRenderer {

	private final MessageSource messages;

	public DocxRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/** The .docx file of {@code document}. */
	public byte[] render(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		render(document, out);
		return out.toByteArray();
	}

	/** Writes the .docx file of {@code document} to {@code out}, which is left open. */
	public void render(OfficialDocument document, OutputStream out) {
		try {
			DocxWriter.write(PrintView.of(document, this.messages), out);
		}
		catch (IOException ex) {
			throw new RenderingException("Cannot write the Word file of '" + document.summary() + "'", ex);
		}
	}

}
