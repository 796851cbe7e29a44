package vn.ubnd.baocao.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadedDocumentTests {

	@Test
	void readsUtf8TextAndMarkdownWithoutBomOrWindowsLineBreaks() {
		byte[] content = "\uFEFFBÁO CÁO\r\nKết quả\r\n\r\nI. KẾT QUẢ\r\n".getBytes(StandardCharsets.UTF_8);
		assertThat(UploadedDocument.text("bao-cao.MD", content)).isEqualTo("BÁO CÁO\nKết quả\n\nI. KẾT QUẢ\n");
		assertThat(UploadedDocument.text("bao-cao.txt", content)).startsWith("BÁO CÁO");
		assertThat(UploadedDocument.text("bao-cao.markdown", content)).startsWith("BÁO CÁO");
	}

	@Test
	void readsTheParagraphsOfAWordDocument() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("BÁO CÁO");
			document.createParagraph().createRun().setText("I. KẾT QUẢ ĐẠT ĐƯỢC");
			document.write(out);
			docx = out.toByteArray();
		}
		assertThat(UploadedDocument.text("bao-cao.docx", docx)).isEqualTo("BÁO CÁO\nI. KẾT QUẢ ĐẠT ĐƯỢC\n");
	}

	@Test
	void refusesOtherTypesAndFilesThatAreNotWhatTheirNameSays() {
		byte[] text = "BÁO CÁO".getBytes(StandardCharsets.UTF_8);
		assertKey(() -> UploadedDocument.text("bao-cao.pdf", text), "importing.error.type");
		assertKey(() -> UploadedDocument.text("bao-cao.docx", text), "importing.error.not-docx");
		assertKey(() -> UploadedDocument.text("bao-cao.docx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0 }),
				"importing.error.not-docx");
		assertKey(() -> UploadedDocument.text("bao-cao.txt", new byte[0]), "importing.error.empty");
		byte[] windows1258 = { 'B', (byte) 0xC1, 'O', ' ', 'C', (byte) 0xC1, 'O' };
		assertKey(() -> UploadedDocument.text("bao-cao.txt", windows1258), "importing.error.not-utf8");
		byte[] binary = new byte[200];
		assertKey(() -> UploadedDocument.text("bao-cao.txt", binary), "importing.error.not-text");
	}

	@Test
	void refusesADocxBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
		}
		assertThat(out.size()).isLessThan(1024 * 1024);
		assertKey(() -> UploadedDocument.text("bom.docx", out.toByteArray()), "importing.error.not-docx");
	}

	private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatExceptionOfType(UploadedDocument.UnreadableDocumentException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
