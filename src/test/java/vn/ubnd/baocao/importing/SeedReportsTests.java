package vn.ubnd.baocao.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports in {@code ../shared/seeds}, read from disk. The expected values were taken from the seed
 * texts (line numbers in the comments refer to them).
 */
class SeedReportsTests {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private final ReportTextParser parser = new ReportTextParser();

	@Test
	void termReportOfThanhTri() throws IOException {
		ImportedReport report = parse("000_81a3e1b6b5a32ce9.txt");

		Header header = report.header();
		assertThat(header.issuingBody()).isEmpty();
		assertThat(header.number()).isNull();
		assertThat(header.symbol()).isNull();
		assertThat(header.place()).isNull();
		assertThat(header.date()).isNull();
		assertThat(header.documentType()).isEqualTo("BÁO CÁO");
		assertThat(header.summary()).isEqualTo("Tình hình hoạt động của Ủy ban nhân dân huyện nhiệm kỳ 2016-2021");
		assertThat(header.addressees()).isEmpty();
		assertThat(report.preamble()).isEmpty();

		assertThat(levels(report)).isEqualTo(Map.of("ROMAN", 3L, "ARABIC", 2L, "DECIMAL.2", 8L));
		assertHeading(first(report, "ROMAN"), "I", "KHÁI QUÁT TÌNH HÌNH");
		assertHeading(last(report, "ROMAN"), "III", "ĐÁNH GIÁ CHUNG");
		assertHeading(first(report, "ARABIC"), "1", "Công tác chỉ đạo, điều hành");
		assertHeading(last(report, "ARABIC"), "2", "Kết quả thực hiện nhiệm vụ, quyền hạn của UBND huyện");
		assertHeading(first(report, "DECIMAL.2"), "2.1", "Lĩnh vực phát triển kinh tế");
		assertHeading(last(report, "DECIMAL.2"), "2.8", "Công tác thông tin, báo cáo, thực hiện kỷ luật");
		assertThat(report.sections().get(1).children().get(1).children()).extracting(ImportedSection::label)
			.containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8");

		// footnotes ¹ ² (lines 9, 23, 25) cut the paragraph of line 21 in two (line 27 continues it)
		assertThat(report.footnotes()).hasSize(2);
		assertThat(report.footnote("1").orElseThrow().text())
			.isEqualTo("Theo Niên giám thống kê tỉnh Sóc Trăng năm 2019.");
		assertThat(report.footnote("2").orElseThrow().text())
			.startsWith("Theo báo cáo kết quả điều tra rà soát hộ nghèo");
		Block population = report.sections().get(0).blocks().get(0);
		assertThat(population.footnoteRefs()).containsExactly("1", "2");
		assertThat(population.text()).contains("dân tộc khác 0,04%)[^1]. Hộ nghèo").endsWith("chiếm 7,28%[^2].");
		Block direction = report.sections().get(1).children().get(0).blocks().get(0);
		assertThat(direction.text()).contains("các chương trình mục tiêu Quốc gia, giải quyết tốt các chính sách")
			.endsWith("đảm bảo sự hài lòng của người dân.");

		assertThat(report.closing()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("Trên đây là báo cáo về tình hình tổ chức"));
		assertThat(report.recipients()).hasSize(5);
		assertThat(report.recipients()).first().isEqualTo("TT. Huyện ủy");
		assertThat(report.recipients()).last().isEqualTo("Lưu VT-NC");
		// the "KT." of the deputy's line was lost in conversion (lines 149-157)
		assertThat(report.signature()).isEqualTo(
				new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Sơn Dương"));
		assertNoFootnoteWarnings(report);
	}

	@Test
	void sixMonthReportOfHonQuan() throws IOException {
		ImportedReport report = parse("001_825c492bfc49e81d.txt");

		Header header = report.header();
		assertThat(header.number()).isNull();
		assertThat(header.place()).isEqualTo("Hòn Quản");
		assertThat(header.date()).isEqualTo(LocalDate.of(2022, 6, 24));
		assertThat(header.documentType()).isEqualTo("BÁO CÁO");
		assertThat(header.summary()).isEqualTo("Tình hình công tác 6 tháng đầu năm và chương trình công tác 6 tháng"
				+ " cuối năm 2022 của UBND huyện.");
		assertThat(header.addressees()).isEmpty();
		assertThat(report.preamble()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("Căn cứ Chương trình kỳ họp thứ tư"));

		assertThat(levels(report)).isEqualTo(Map.of("LETTER", 2L, "ROMAN", 2L, "ARABIC", 13L));
		assertHeading(first(report, "LETTER"), "A", "TÌNH HÌNH CÔNG TÁC 6 THÁNG ĐẦU NĂM 2022.");
		assertHeading(last(report, "LETTER"), "B", "CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2022.");
		assertHeading(first(report, "ROMAN"), "I", "Kết quả chủ yếu:");
		assertHeading(last(report, "ROMAN"), "II", "Đánh giá chung");
		assertHeading(first(report, "ARABIC"), "1", "Về triển khai thực hiện các chủ trương của UBND tỉnh");
		// B. holds its tasks directly, without a Roman level (lines 111-127); each task is running text
		assertUntitled(last(report, "ARABIC"), "6", "Tiếp tục sắp xếp, kiện toàn tổ chức và hoạt động");
		ImportedSection programme = report.sections().get(1);
		assertThat(programme.children()).extracting(ImportedSection::kind).containsOnly(NumberingKind.ARABIC);
		assertThat(programme.children()).extracting(ImportedSection::label)
			.containsExactly("1", "2", "3", "4", "5", "6");
		// line 117 is continued after a page break by line 119
		assertThat(programme.children().get(1).blocks().get(0).text())
			.contains("làm việc với sở ngành tỉnh để triển khai kịp thời, có hiệu quả");

		assertThat(report.footnotes()).isEmpty();
		assertThat(report.closing()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("UBND huyện báo cáo Hội đồng nhân dân huyện"));
		assertThat(report.recipients()).hasSize(8);
		assertThat(report.recipients()).first().isEqualTo("Thường trực Huyện ủy");
		assertThat(report.recipients()).last().isEqualTo("Lưu: VT");
		assertThat(report.signature())
			.isEqualTo(new Signature(List.of("TM. ỦY BAN NHÂN DÂN HUYỆN"), "CHỦ TỊCH", "Phan Thị Kim Oanh"));
		assertNoFootnoteWarnings(report);
	}

	@Test
	void annualReviewOfBacTanUyen() throws IOException {
		ImportedReport report = parse("002_8960d5a2a2e1878e.txt");

		Header header = report.header();
		assertThat(header.digitalSignature()).isEqualTo("Ủy ban nhân dân huyện Bắc Tân Uyên");
		assertThat(header.parentBody()).isEmpty();
		assertThat(header.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN BẮC TÂN UYÊN");
		assertThat(header.number()).isEqualTo("250");
		assertThat(header.symbol()).isEqualTo("BC-UBND");
		assertThat(header.place()).isEqualTo("Bắc Tân Uyên");
		assertThat(header.date()).isEqualTo(LocalDate.of(2021, 12, 2));
		assertThat(header.documentType()).isEqualTo("BÁO CÁO");
		assertThat(header.summary()).isEqualTo("KIỂM ĐIỂM CHỈ ĐẠO, ĐIỀU HÀNH CỦA UBND HUYỆN NĂM 2021");
		assertThat(header.addressees()).containsExactly("Hội đồng nhân dân huyện Bắc Tân Uyên");
		assertThat(report.preamble()).singleElement()
			.satisfies((block) -> assertThat(block.text())
				.startsWith("Thực hiện Quy chế làm việc nhiệm kỳ 2021 - 2026"));

		assertThat(levels(report)).isEqualTo(Map.of("ROMAN", 3L, "ARABIC", 18L, "DECIMAL.2", 12L));
		assertHeading(first(report, "ROMAN"), "I", "KIỂM ĐIỂM VIỆC THỰC HIỆN QUY CHẾ VÀ CHƯƠNG TRÌNH LÀM VIỆC");
		assertHeading(last(report, "ROMAN"), "III", "PHƯƠNG HƯỚNG CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2022");
		assertHeading(first(report, "ARABIC"), "1", "Việc triển khai thực hiện các văn bản chỉ đạo của Trung ương");
		assertUntitled(last(report, "ARABIC"), "10", "Tiếp tục tập trung đẩy mạnh các giải pháp chủ động kiểm soát");
		// "5.1 Linh vực" without the final dot (line 69), and 5.10 after 5.9 (line 131)
		assertHeading(first(report, "DECIMAL.2"), "5.1", "Linh vực nông lâm nghiệp – nông thôn");
		assertUntitled(last(report, "DECIMAL.2"), "2.2", "Qua quá trình lãnh đạo, điều hành phát triển KTXH");
		assertThat(report.sections().get(0).children().get(4).children()).extracting(ImportedSection::label)
			.containsExactly("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10");
		assertThat(report.sections().get(2).children()).hasSize(10);

		assertThat(report.footnotes()).isEmpty();
		assertThat(report.closing()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("Trên đây là Báo cáo kiểm điểm công tác"));
		assertThat(report.recipients()).hasSize(8);
		assertThat(report.recipients()).first().isEqualTo("UBND tỉnh Bình Dương");
		// "- Lưu: VT, CVTH. *M*" (line 228): the typist's initial is dropped
		assertThat(report.recipients()).last().isEqualTo("Lưu: VT, CVTH");
		assertThat(report.signature())
			.isEqualTo(new Signature(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Thái Thanh Bình"));
		assertNoFootnoteWarnings(report);
	}

	@Test
	void projectOfTrieuSon() throws IOException {
		ImportedReport report = parse("003_2d91353767ae391c.txt");

		Header header = report.header();
		assertThat(header.number()).isNull();
		assertThat(header.place()).isNull();
		assertThat(header.date()).isNull();
		assertThat(header.documentType()).isEqualTo("ĐỀ ÁN");
		assertThat(header.summary()).isEqualTo("Nâng cao hiệu lực, hiệu quả quản lý, điều hành của chính quyền từ"
				+ " huyện đến cơ sở, giai đoạn 2021 – 2026");
		assertThat(header.attachedTo()).isEqualTo("Kèm theo Quyết định số /QĐ-UBND ngày /12/2021 của UBND huyện");
		assertThat(header.addressees()).isEmpty();
		assertThat(report.preamble()).isEmpty();

		assertThat(levels(report))
			.isEqualTo(Map.of("PART", 3L, "ROMAN", 11L, "ARABIC", 22L, "DECIMAL.2", 31L, "DECIMAL.3", 4L));
		assertHeading(first(report, "PART"), "Phần thứ nhất", "SỰ CẦN THIẾT, CĂN CỨ PHÁP LÝ VÀ PHẠM VI CỦA ĐỀ ÁN");
		assertThat(report.sections().get(1).title()).isEqualTo(
				"KẾT QUẢ HOẠT ĐỘNG QUẢN LÝ, ĐIỀU HÀNH CỦA CHÍNH QUYỀN TỪ HUYỆN ĐẾN CƠ SỞ, GIAI ĐOẠN 2016 – 2021");
		assertHeading(last(report, "PART"), "Phần thứ ba", "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN ĐỀ ÁN");
		assertHeading(first(report, "ROMAN"), "I", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN");
		assertHeading(last(report, "ROMAN"), "V", "KIẾN NGHỊ, ĐỀ XUẤT");
		assertHeading(first(report, "ARABIC"), "1", "Hệ thống HĐND các cấp");
		assertUntitled(last(report, "ARABIC"), "8", "Đề nghị HĐND huyện, Ủy ban Mặt trận Tổ quốc huyện");
		assertHeading(first(report, "DECIMAL.2"), "1.1", "Cấp huyện");
		assertUntitled(last(report, "DECIMAL.2"), "2.3", "Kinh phí lắp Camera giám sát tại Bộ phận một cửa");
		assertHeading(first(report, "DECIMAL.3"), "2.1.1", "Cấp huyện:");
		assertHeading(last(report, "DECIMAL.3"), "2.2.2", "Các chức danh chuyên môn thuộc UBND cấp xã");

		// the legal bases of "II. CĂN CỨ PHÁP LÝ" (lines 27-41, numbered 1, 2, 5, 6, 7, 8, 8, 9) stay a list
		ImportedSection legalBases = report.sections().get(0).children().get(1);
		assertThat(legalBases.children()).isEmpty();
		assertThat(legalBases.blocks()).extracting(Block::kind).containsOnly(Block.Kind.NUMBERED);
		assertThat(legalBases.blocks()).extracting(Block::marker)
			.containsExactly("1.", "2.", "5.", "6.", "7.", "8.", "8.", "9.");
		assertThat(legalBases.blocks().get(0).text()).startsWith("Luật Tổ chức Chính quyền địa phương ngày 19/6/2015");

		// "- +" and "+" bullets around a footnote text (lines 95-102)
		ImportedSection staff = first(report, "DECIMAL.2", "3.1");
		assertThat(staff.blocks()).extracting(Block::level).containsExactly(1, 2, 2, 1);
		assertThat(staff.blocks().get(2).text()).startsWith("Cán bộ, công chức xã, thị trấn: 421/656 người");

		assertThat(report.footnotes()).hasSize(5);
		assertThat(report.footnote("1").orElseThrow().text()).startsWith("Văn phòng HĐND và UBND, Phòng Nội vụ");
		assertThat(report.footnote("4").orElseThrow().text()).startsWith("Sáp nhập Trung tâm GDTX");
		assertThat(report.closing()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("Trên đây là nâng cao hiệu lực"));
		assertThat(report.recipients()).isEmpty();
		assertThat(report.signature()).isNull();
		assertNoFootnoteWarnings(report);
	}

	@Test
	void sixMonthReportOfVinhThanh() throws IOException {
		ImportedReport report = parse("004_506d09cbce959947.txt");

		Header header = report.header();
		assertThat(header.issuingBody()).isEmpty();
		assertThat(header.number()).isEqualTo("1263");
		assertThat(header.symbol()).isEqualTo("BC-UBND");
		assertThat(header.place()).isEqualTo("Vĩnh Thạnh");
		assertThat(header.date()).isEqualTo(LocalDate.of(2024, 6, 18));
		assertThat(header.documentType()).isEqualTo("BÁO CÁO");
		assertThat(header.summary()).isEqualTo("Công tác chỉ đạo, điều hành của UBND[^1] huyện 6 tháng đầu năm và"
				+ " nhiệm vụ 6 tháng cuối năm 2024");
		assertThat(header.addressees()).containsExactly("Thường trực Hội đồng nhân dân huyện");
		assertThat(report.preamble()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("Thực hiện Nghị quyết nhiệm vụ năm 2024"));

		assertThat(levels(report)).isEqualTo(Map.of("ROMAN", 5L, "ARABIC", 17L, "POINT", 5L));
		assertHeading(first(report, "ROMAN"), "I", "ĐẶC ĐIỂM TÌNH HÌNH");
		assertHeading(last(report, "ROMAN"), "V", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024");
		assertHeading(first(report, "ARABIC"), "1", "Thuận lợi");
		assertUntitled(last(report, "ARABIC"), "7", "Phối hợp chặt chẽ với các Sở, ban ngành thành phố");
		assertHeading(first(report, "POINT"), "a", "Trên cơ sở Quy chế làm việc, UBND huyện đã tập trung");
		// "d)" is written twice (lines 79 and 85)
		assertHeading(last(report, "POINT"), "d", "Việc tiếp nhận và ban hành văn bản");
		assertThat(sections(report, "POINT")).extracting(ImportedSection::label)
			.containsExactly("a", "b", "c", "d", "d");
		assertThat(report.warnings()).extracting(ImportWarning::code)
			.contains(ImportWarning.Code.NUMBERING_REPEATED);
		// "\* *Nguyên nhân*:" (line 109)
		assertThat(report.sections().get(3).children().get(1).blocks()).last()
			.satisfies((block) -> assertThat(block.text()).startsWith("* Nguyên nhân: khách quan là do"));
		// line 45 is continued by line 55, after the footnote texts of lines 47-53
		ImportedSection directives = report.sections().get(2).children().get(0);
		assertHeading(directives, "1", "Hoạt động triển khai các văn bản chỉ đạo của thành phố");
		assertThat(directives.blocks().get(0).text())
			.contains("kế hoạch của UBND huyện thực hiện các ng nghị quyết, chương trình");

		assertThat(report.footnotes()).extracting(Footnote::id).containsExactly("1", "2", "3", "4", "5");
		assertThat(report.footnote("1").orElseThrow().text()).startsWith("Các từ viết tắt trong văn bản:");
		assertThat(report.footnote("3").orElseThrow().text()).isEqualTo("Khuyết phòng Tư pháp.");
		assertThat(report.closing()).singleElement()
			.satisfies((block) -> assertThat(block.text()).startsWith("Trên đây là Báo cáo công tác chỉ đạo"));
		assertThat(report.recipients()).hasSize(6);
		assertThat(report.recipients()).first().isEqualTo("Như trên");
		assertThat(report.recipients()).last().isEqualTo("Lưu: VT");
		assertThat(report.signature())
			.isEqualTo(new Signature(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Đoàn Quốc Sĩ"));
		assertNoFootnoteWarnings(report);
	}

	private ImportedReport parse(String seed) throws IOException {
		return this.parser.parse(Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8));
	}

	/** The number of sections per level: the kind, and for dotted numbers the number of components. */
	private static Map<String, Long> levels(ImportedReport report) {
		return report.allSections().collect(Collectors.groupingBy(SeedReportsTests::level, TreeMap::new,
				Collectors.counting()));
	}

	private static String level(ImportedSection section) {
		return (section.kind() == NumberingKind.DECIMAL) ? "DECIMAL." + section.numberingDepth()
				: section.kind().name();
	}

	private static List<ImportedSection> sections(ImportedReport report, String level) {
		return report.allSections().filter((section) -> level(section).equals(level)).toList();
	}

	private static ImportedSection first(ImportedReport report, String level) {
		return sections(report, level).get(0);
	}

	private static ImportedSection last(ImportedReport report, String level) {
		List<ImportedSection> sections = sections(report, level);
		return sections.get(sections.size() - 1);
	}

	private static ImportedSection first(ImportedReport report, String level, String label) {
		return sections(report, level).stream()
			.filter((section) -> section.label().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private static void assertHeading(ImportedSection section, String label, String titleStart) {
		assertThat(section.label()).isEqualTo(label);
		assertThat(section.title()).startsWith(titleStart);
	}

	private static void assertUntitled(ImportedSection section, String label, String textStart) {
		assertThat(section.label()).isEqualTo(label);
		assertThat(section.title()).isNull();
		assertThat(section.blocks().get(0).text()).startsWith(textStart);
	}

	private static void assertNoFootnoteWarnings(ImportedReport report) {
		assertThat(report.warnings()).extracting(ImportWarning::code)
			.doesNotContain(ImportWarning.Code.FOOTNOTE_NOT_DEFINED, ImportWarning.Code.FOOTNOTE_NOT_REFERENCED);
	}

}
