package vn.ubnd.baocao.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The five seed reports uploaded at {@code /reports/import} become drafts whose structure is the seed's: the same
 * sections at each level with the same titles, the footnotes, the recipients and the signer.
 */
@PortalIntegrationTest
class ImportFlowTests {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	ImportService importer;

	PortalUser clerk;

	@BeforeEach
	void clerk() {
		this.clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
	}

	@ParameterizedTest
	@CsvSource({ "000_81a3e1b6b5a32ce9.txt, bc-hoat-dong-nhiem-ky, 2016-07-01, 2021-06-30",
			"001_825c492bfc49e81d.txt, bc-6-thang-tinh-hinh-cong-tac, , ",
			"002_8960d5a2a2e1878e.txt, bc-kiem-diem-chi-dao-dieu-hanh-nam, , ",
			"003_2d91353767ae391c.txt, de-an, 2021-01-01, 2026-12-31",
			"004_506d09cbce959947.txt, bc-6-thang-chi-dao-dieu-hanh, , " })
	void eachSeedBecomesADraftWithItsStructure(String file, String kindCode, String start, String end)
			throws Exception {
		byte[] content = Files.readAllBytes(SEEDS.resolve(file));
		ImportedReport parsed = this.importer.read(file, content);
		ReportKind kind = this.kinds.all().stream().filter((k) -> k.getCode().equals(kindCode)).findFirst().orElseThrow();
		var request = multipart("/reports/import").file(new MockMultipartFile("file", file, "text/plain", content))
			.param("kindId", String.valueOf(kind.getId()))
			.param("year", "2024")
			.param("number", "1")
			.with(csrf())
			.with(user(this.clerk));
		if (start != null) {
			request.param("start", start).param("end", end);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(file).isEqualTo(302);
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		ReportView view = this.reports.view(this.reports.readable(this.clerk, id));

		assertThat(flatten(view.sections()).map(ReportView.Section::depth).toList()).as(file + ": depths")
			.isEqualTo(parsed.allSections().map((s) -> depth(parsed.sections(), s, 0)).toList());
		assertThat(flatten(view.sections()).map(ReportView.Section::title).toList()).as(file + ": titles")
			.isEqualTo(parsed.allSections().map((s) -> s.title() == null ? "" : s.title()).toList());
		assertThat(view.sections()).extracting(ReportView.Section::number).as(file + ": top-level numbers")
			.isEqualTo(parsed.sections().stream().map((s) -> label(s)).toList());
		long referencedInBody = parsed.allSections()
			.flatMap((s) -> s.blocks().stream())
			.flatMap((b) -> Footnote.referencesIn(b.text()).stream())
			.count();
		long referencedInHeader = Footnote.referencesIn(String.valueOf(parsed.header().summary())).size()
				+ parsed.preamble().stream().mapToLong((b) -> Footnote.referencesIn(b.text()).size()).sum();
		assertThat(view.footnotes()).as(file + ": footnotes in the body")
			.filteredOn((f) -> f.sectionId() > 0)
			.hasSize((int) referencedInBody);
		assertThat(view.header().summary()).as(file + ": no raw footnote marks").doesNotContain("[^");
		assertThat(view.header().opening().split("\\^\\[", -1).length - 1).as(file + ": header footnotes kept")
			.isEqualTo((int) referencedInHeader);
		if (!parsed.recipients().isEmpty()) {
			assertThat(view.recipients()).as(file + ": recipients").isEqualTo(parsed.recipients());
		}
		if (parsed.signature() != null && parsed.signature().name() != null) {
			assertThat(view.signature().signerName()).as(file + ": signer").isEqualTo(parsed.signature().name());
		}
		if (parsed.header().summary() != null) {
			assertThat(view.header().summary()).isNotBlank();
		}
	}

	@Test
	void aWordDocumentBecomesADraft() throws Exception {
		byte[] docx;
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			for (String line : List.of("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ SƠN", "BÁO CÁO",
					"Kết quả thực hiện nhiệm vụ quý I năm 2024", "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về kinh tế",
					"Kinh tế tăng trưởng khá.", "2. Về xã hội", "- Đời sống nhân dân ổn định;", "II. NHIỆM VỤ QUÝ II",
					"Tập trung thu ngân sách.")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			docx = out.toByteArray();
		}
		ReportKind kind = this.kinds.active().get(0);
		MvcResult result = this.mvc
			.perform(multipart("/reports/import")
				.file(new MockMultipartFile("file", "bao-cao-quy.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
				.param("kindId", String.valueOf(kind.getId()))
				.param("year", "2024")
				.param("number", "1")
				.param("start", "2024-01-01")
				.param("end", "2024-03-31")
				.with(csrf())
				.with(user(this.clerk)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		ReportView view = this.reports.view(this.reports.readable(this.clerk, id));
		assertThat(view.header().summary()).isEqualTo("Kết quả thực hiện nhiệm vụ quý I năm 2024");
		assertThat(view.sections()).extracting(ReportView.Section::number).containsExactly("I.", "II.");
		assertThat(view.sections().get(0).children()).extracting(ReportView.Section::title)
			.containsExactly("Về kinh tế", "Về xã hội");
		assertThat(view.sections().get(0).children().get(1).blocks().get(0).type())
			.isEqualTo(vn.ubnd.baocao.report.SectionContent.BlockType.BULLET);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysGetsAVietnameseMessage() throws Exception {
		ReportKind kind = this.kinds.active().get(0);
		MvcResult result = this.mvc
			.perform(multipart("/reports/import")
				.file(new MockMultipartFile("file", "bao-cao.docx", "application/octet-stream",
						"không phải Word".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("kindId", String.valueOf(kind.getId()))
				.param("year", "2024")
				.param("number", "1")
				.with(csrf())
				.with(user(this.clerk)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString())
			.contains("Tệp không phải là tài liệu Word (.docx) hợp lệ, hoặc bị hỏng.");
	}

	private static String label(ImportedSection section) {
		String label = section.label();
		return switch (section.kind()) {
			case PART -> label;
			case POINT -> label + ")";
			default -> label + ".";
		};
	}

	private static int depth(List<ImportedSection> level, ImportedSection target, int depth) {
		for (ImportedSection s : level) {
			if (s == target) {
				return depth;
			}
			int found = depth(s.children(), target, depth + 1);
			if (found >= 0) {
				return found;
			}
		}
		return -1;
	}

	private static Stream<ReportView.Section> flatten(List<ReportView.Section> sections) {
		return sections.stream().flatMap((s) -> Stream.concat(Stream.of(s), flatten(s.children())));
	}

}
