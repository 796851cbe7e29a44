package vn.ubnd.baocao.importing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReportImporterTests {

	private final ReportImporter importer = new ReportImporter();

	@Test
	void importsTextAndMarkdownFiles() {
		byte[] content = "\uFEFFBÁO CÁO\r\nKết quả\r\n\r\nI. KẾT QUẢ\r\n\r\nNội dung.\r\n"
			.getBytes(StandardCharsets.UTF_8);

		ImportedReport report = this.importer.importFile("bao-cao.MD", content);

		assertThat(report.header().documentType()).isEqualTo("BÁO CÁO");
		assertThat(report.sections()).extracting(ImportedSection::title).containsExactly("KẾT QUẢ");
		assertThat(this.importer.supports("bao-cao.txt")).isTrue();
		assertThat(this.importer.supports("bao-cao.markdown")).isTrue();
		assertThat(this.importer.supports("bao-cao.docx")).isFalse();
		assertThat(this.importer.supports(null)).isFalse();
	}

	@Test
	void rejectsOtherFilesAndOtherEncodings() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.importFile("bao-cao.docx", new byte[0]))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("importing.rejected.file-type"));
		byte[] windows1258 = { 'B', (byte) 0xC1, 'O', ' ', 'C', (byte) 0xC1, 'O' };
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.importFile("bao-cao.txt", windows1258))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("importing.rejected.encoding"));
	}

}
