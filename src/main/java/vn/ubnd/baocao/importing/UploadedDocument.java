package vn.ubnd.baocao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.ubnd.baocao.system.Texts;

/**
 * The text of an uploaded report: a UTF-8 text or Markdown file, or a Word document (DOCX). A file is judged by its
 * content, not its name: a "DOCX" that is not a Word document, a text file that is not UTF-8 text, or a compressed
 * file that inflates out of all proportion (a zip bomb) is refused with the key of a Vietnamese message.
 */
public final class UploadedDocument {

	/** The largest upload read (also limited by spring.servlet.multipart.max-file-size). */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The most text taken from a file: far more than any report. */
	public static final int MAX_CHARS = 2_000_000;

	static {
		// refuse DOCX files whose parts inflate more than 100 times, or beyond 100 MB of text
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxTextSize(100L * 1024 * 1024);
	}

	private UploadedDocument() {
	}

	/** Reads the file's text; throws {@link UnreadableDocumentException} with a message key. */
	public static String text(String filename, byte[] content) {
		if (content == null || content.length == 0) {
			throw new UnreadableDocumentException("importing.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new UnreadableDocumentException("importing.error.too-large");
		}
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		String text;
		if (name.endsWith(".docx")) {
			if (!zip) {
				throw new UnreadableDocumentException("importing.error.not-docx");
			}
			text = docx(content);
		}
		else if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
			if (zip) {
				throw new UnreadableDocumentException("importing.error.not-text");
			}
			text = utf8(content);
		}
		else {
			throw new UnreadableDocumentException("importing.error.type");
		}
		if (text.length() > MAX_CHARS) {
			throw new UnreadableDocumentException("importing.error.too-large");
		}
		String normalized = Texts.normalize(text);
		if (normalized.isBlank()) {
			throw new UnreadableDocumentException("importing.error.empty");
		}
		return normalized;
	}

	private static String utf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			long controls = text.chars().filter((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
			if (controls > text.length() / 100 + 5) {
				throw new UnreadableDocumentException("importing.error.not-text");
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableDocumentException("importing.error.not-utf8");
		}
	}

	private static String docx(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							for (XWPFParagraph paragraph : cell.getParagraphs()) {
								text.append(paragraph.getText()).append('\n');
							}
						}
					}
				}
				if (text.length() > MAX_CHARS) {
					throw new UnreadableDocumentException("importing.error.too-large");
				}
			}
			return text.toString();
		}
		catch (UnreadableDocumentException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("importing.error.not-docx");
		}
	}

	/** The file cannot be imported; the key of the Vietnamese message says why. */
	public static class UnreadableDocumentException extends RuntimeException {

		private final String messageKey;

		public UnreadableDocumentException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
