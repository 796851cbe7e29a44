package vn.ubnd.baocao.checking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.checking.Finding.Code;
import vn.ubnd.baocao.importing.ImportedReport;
import vn.ubnd.baocao.importing.ReportTextParser;
import vn.ubnd.baocao.importing.UploadedDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checker on the five seed reports, read as the importer reads them ({@code ImportService.read} is
 * {@code ReportTextParser.parse(UploadedDocument.text(…))}), with the unit's name and place from the district each
 * seed is from. Every finding was checked by hand against the seed; each test asserts exactly the findings judged
 * real (code, section, the start of the quote, the correct value), so that a false one fails it. The section is the
 * full path of the section the finding is in ({@code Phần thứ ba, III.1}), as the seed numbers it.
 */
class SeedCheckTests {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private final ConsistencyChecker checker = new ConsistencyChecker();

	@Test
	void termReportOfThanhTri() throws IOException {
		List<Finding> findings = check("000_81a3e1b6b5a32ce9.txt", "Ủy ban nhân dân huyện Thạnh Trị", "Thạnh Trị");
		assertThat(findings).extracting(Finding::code, Finding::section, Finding::quote, Finding::expected)
			.containsExactly(
					// line 9: "Huyện Thanh Trị là huyện vùng nông thôn"
					tuple(Code.NAME_MISSPELLED, "I", "Huyện Thanh Trị", "Thạnh Trị"),
					// lines 149-153: a deputy signs under "CHỦ TỊCH" without "KT."
					tuple(Code.SIGNATURE_DEPUTY, null, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / PHÓ CHỦ TỊCH",
							"KT. CHỦ TỊCH"),
					// line 147: "- Lưu VT-NC."
					tuple(Code.RECIPIENTS_LAST, null, "Lưu VT-NC", "Lưu: VT, NC"));
		assertThat(findings.get(2).severity()).isEqualTo(Finding.Severity.WARNING);
	}

	@Test
	void sixMonthReportOfHonQuan() throws IOException {
		List<Finding> findings = check("001_825c492bfc49e81d.txt", "Ủy ban nhân dân huyện Hớn Quản", "Hớn Quản");
		// line 3: "Hòn Quản, ngày 24 tháng 6 năm 2022"; the ratios of lines 51-53 (100,3% of 270/269, 80,59% of
		// 270/335: truncated, 37,63%, 35,68%) are right
		assertThat(findings).extracting(Finding::code, Finding::section, Finding::quote, Finding::expected)
			.containsExactly(tuple(Code.NAME_MISSPELLED, null, "Hòn Quản", "Hớn Quản"));
	}

	@Test
	void annualReviewOfBacTanUyen() throws IOException {
		List<Finding> findings = check("002_8960d5a2a2e1878e.txt", "Ủy ban nhân dân huyện Bắc Tân Uyên",
				"Bắc Tân Uyên");
		assertThat(findings).extracting(Finding::code, Finding::section, Finding::expected)
			.containsExactly(
					// line 11: "Số: 250 /BC-UBND"
					tuple(Code.NUMBER_FORMAT, null, "Số: 250/BC-UBND"),
					// line 55: 10 + 2273 + 319 + 431 + 231 + 621 + 3526 = 7411 documents "trong đó" 4273
					tuple(Code.SUM_MISMATCH, "I.3", "7.411 văn bản"));
		assertThat(findings.get(1).quote()).startsWith("4273 văn bản các loại; trong đó có: 10 Chi thị")
			.endsWith("và 3526 công văn");
	}

	@Test
	void projectOfTrieuSon() throws IOException {
		List<Finding> findings = check("003_2d91353767ae391c.txt", "Ủy ban nhân dân huyện Triệu Sơn", "Triệu Sơn");
		assertThat(findings).extracting(Finding::code, Finding::section, Finding::expected)
			.containsExactly(
					// lines 27-41: the legal bases are numbered 1, 2, 5, 6, 7, 8, 8, 9
					tuple(Code.NUMBERING_GAP, "Phần thứ nhất, II", "3"),
					tuple(Code.NUMBERING_DUPLICATE, "Phần thứ nhất, II", "9"),
					// line 350: "1.796.000đ (Một tỷ bảy trăm chín sáu triệu đồng)"
					tuple(Code.AMOUNT_WORDS_MISMATCH, "Phần thứ ba, III.1", "Một triệu bảy trăm chín mươi sáu nghìn đồng"),
					// lines 350-354: 400.000.000 + 1.156.000.000 + 240.000.000 đồng, not 1.796.000đ
					tuple(Code.SUM_MISMATCH, "Phần thứ ba, III.1", "1.796.000.000 đồng"));
		assertThat(findings).extracting(Finding::quote)
			.satisfiesExactly((quote) -> assertThat(quote).startsWith("5. Nghị định số 37/2014/NĐ-CP"),
					(quote) -> assertThat(quote).startsWith("8. Quyết định số 169/QĐ-UBND"),
					(quote) -> assertThat(quote).isEqualTo("1.796.000đ (Một tỷ bảy trăm chín sáu triệu đồng)"),
					(quote) -> assertThat(quote).startsWith("1.796.000đ"));
	}

	@Test
	void sixMonthReportOfVinhThanh() throws IOException {
		List<Finding> findings = check("004_506d09cbce959947.txt", "Ủy ban nhân dân huyện Vĩnh Thạnh", "Vĩnh Thạnh");
		// lines 79 and 85: "d)" twice
		assertThat(findings).extracting(Finding::code, Finding::section, Finding::quote, Finding::expected)
			.containsExactly(tuple(Code.NUMBERING_DUPLICATE, "III.3", "d) Việc tiếp nhận và ban hành văn bản", "đ"));
	}

	@Test
	void theCorrectedFiguresOfTheSeedsAreNotFlagged() throws IOException {
		String text = read("003_2d91353767ae391c.txt").replace("1.796.000đ (Một tỷ bảy trăm chín sáu triệu đồng)",
				"1.796.000.000 đồng (Một tỷ bảy trăm chín mươi sáu triệu đồng)");
		ImportedReport imported = new ReportTextParser().parse(text);
		List<Finding> findings = this.checker
			.check(CheckedDocument.of(imported, text, "Ủy ban nhân dân huyện Triệu Sơn", "Triệu Sơn"));
		assertThat(findings).extracting(Finding::code)
			.containsExactly(Code.NUMBERING_GAP, Code.NUMBERING_DUPLICATE);
	}

	@Test
	void aFigureChangedInASeedIsFlagged() throws IOException {
		// 270 / 335 is 80,60% (80,59% truncated); 82,59% is wrong
		String text = read("001_825c492bfc49e81d.txt").replace("80,59%", "82,59%");
		List<Finding> findings = this.checker.check(CheckedDocument.of(new ReportTextParser().parse(text), text,
				"Ủy ban nhân dân huyện Hớn Quản", "Hớn Quản"));
		assertThat(findings).extracting(Finding::code, Finding::expected)
			.containsExactly(Tuple.tuple(Code.NAME_MISSPELLED, "Hớn Quản"), Tuple.tuple(Code.RATIO_MISMATCH, "80,60%"));
	}

	private List<Finding> check(String seed, String unitName, String placeName) throws IOException {
		String text = read(seed);
		ImportedReport imported = new ReportTextParser().parse(text);
		return this.checker.check(CheckedDocument.of(imported, text, unitName, placeName));
	}

	private static String read(String seed) throws IOException {
		return UploadedDocument.text(seed, Files.readAllBytes(SEEDS.resolve(seed)));
	}

}
