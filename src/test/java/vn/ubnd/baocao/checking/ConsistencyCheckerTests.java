package vn.ubnd.baocao.checking;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.checking.CheckedDocument.Header;
import vn.ubnd.baocao.checking.CheckedDocument.Section;
import vn.ubnd.baocao.checking.CheckedDocument.Style;
import vn.ubnd.baocao.checking.CheckedDocument.Text;
import vn.ubnd.baocao.checking.Finding.Code;

import static org.assertj.core.api.Assertions.assertThat;

/** One fixture that must be flagged and one that must not, for each kind of finding; the unit is fictional. */
class ConsistencyCheckerTests {

	private static final String UNIT = "Ủy ban nhân dân huyện Phú Sơn";

	private static final String PLACE = "Phú Sơn";

	private final ConsistencyChecker checker = new ConsistencyChecker();

	// totals and parts

	@Test
	void partsOfAnExhaustiveListMustAddUp() {
		assertThat(prose("Tổng thu 500 tỷ đồng, trong đó thu thuế 320 tỷ đồng và thu phí 170 tỷ đồng."))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Code.SUM_MISMATCH);
				assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
				assertThat(finding.section()).isEqualTo("1");
				assertThat(finding.expected()).isEqualTo("490.000.000.000 đồng");
				assertThat(finding.quote()).startsWith("500 tỷ đồng, trong đó");
			});
		assertThat(prose("Tổng thu 500 tỷ đồng, trong đó thu thuế 320 tỷ đồng và thu phí 180 tỷ đồng.")).isEmpty();
	}

	@Test
	void countsOfDifferentThingsAddUpUnderGom() {
		assertThat(codes(prose("Đã trình 46 nội dung (gồm: 27 báo cáo, 09 tờ trình và 11 dự thảo nghị quyết).")))
			.containsExactly(Code.SUM_MISMATCH);
		assertThat(prose("Đã trình 46 nội dung (gồm: 27 báo cáo, 09 tờ trình và 10 dự thảo nghị quyết).")).isEmpty();
		// a member named without a figure is one person: 1 + 2 + 12 + 1 + 1
		assertThat(prose("UBND huyện có 17 thành viên, gồm: Chủ tịch, 02 Phó Chủ tịch, 12 Trưởng phòng, Trưởng"
				+ " Công an huyện và Chỉ huy trưởng Quân sự huyện.")).isEmpty();
		assertThat(codes(prose("UBND huyện có 19 thành viên, gồm: Chủ tịch, 02 Phó Chủ tịch, 12 Trưởng phòng,"
				+ " Trưởng Công an huyện và Chỉ huy trưởng Quân sự huyện."))).containsExactly(Code.SUM_MISMATCH);
	}

	@Test
	void aPartialListIsOnlyFlaggedWhenItsPartsExceedTheTotal() {
		assertThat(prose("Ban hành hơn 900 văn bản, trong đó: 300 công văn, 200 quyết định, 50 báo cáo...")).isEmpty();
		assertThat(prose("Tiếp nhận 111 đơn, trong đó: khiếu nại 13 đơn, tố cáo 05 đơn, kiến nghị 92 đơn.")).isEmpty();
		assertThat(codes(prose("Ban hành 4273 văn bản; trong đó có: 10 chỉ thị, 2273 quyết định, 319 kế hoạch,"
				+ " 431 tờ trình và 3526 công văn."))).containsExactly(Code.SUM_MISMATCH);
		// "74 ấp" is not one of the 10 communes: a part larger than the total is not a breakdown of it
		assertThat(prose("Huyện có 10 đơn vị hành chính cấp xã, gồm 08 xã, 02 thị trấn, 74 ấp.")).isEmpty();
	}

	@Test
	void partsInAnotherUnitOrInNestedParenthesesAreNotAdded() {
		assertThat(prose("Tổng đàn gia súc 51.274 con, trong đó: đàn heo 39.330 con - đạt 98,33%; đàn bò 11.944"
				+ " con - đạt 101,22% (đàn bò sữa 8.718 con); đàn gia cầm 1.351 triệu con.")).isEmpty();
		assertThat(codes(prose("Tổng đàn gia súc 51.274 con, trong đó: đàn heo 39.331 con - đạt 98,33%; đàn bò"
				+ " 11.944 con - đạt 101,22% (đàn bò sữa 8.718 con); đàn gia cầm 1.351 triệu con.")))
			.containsExactly(Code.SUM_MISMATCH);
	}

	@Test
	void aSentenceOpeningWithTrongDoBreaksDownTheTotalBefore() {
		assertThat(codes(prose("Giá trị sản xuất đạt 4.731 tỷ đồng, tăng 10,28%. Trong đó, khu vực trong nước"
				+ " 2.960 tỷ đồng và khu vực nước ngoài 1.761 tỷ đồng."))).containsExactly(Code.SUM_MISMATCH);
		assertThat(prose("Giá trị sản xuất đạt 4.731 tỷ đồng, tăng 10,28%. Trong đó, khu vực trong nước 2.960 tỷ"
				+ " đồng và khu vực nước ngoài 1.771 tỷ đồng.")).isEmpty();
	}

	@Test
	void aTotalWithItsPartsListedBelow() {
		Section budget = section("1", "Kinh phí", List.of(text("Tổng kinh phí: 1.796.000đ, trong đó:")),
				List.of(section("1.1", null, List.of(text("Đào tạo: 400.000.000 đồng.")), List.of()),
						section("1.2", null, List.of(text("Lắp camera: 1.156.000.000 đồng.")), List.of()),
						section("1.3", null, List.of(text("Sơ kết, tổng kết: 240.000.000 đồng.")), List.of())));
		assertThat(check(document(budget))).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Code.SUM_MISMATCH);
			assertThat(finding.expected()).isEqualTo("1.796.000.000 đồng");
		});
		Section right = section("3.1", "Tổng số cán bộ, công chức: 532 người, trong đó:",
				List.of(new Text("Cán bộ, công chức của huyện: 489 người, gồm:", null, 1, false),
						new Text("Thuộc UBND huyện: 68 người;", null, 2, false),
						new Text("Xã, thị trấn: 421/656 người.", null, 2, false),
						new Text("Viên chức: 43 người.", null, 1, false)),
				List.of());
		assertThat(check(document(right))).isEmpty();
		Section wrong = section("1.1", "Sơ kết, tổng kết: 240.000.000 đồng, trong đó:",
				List.of(new Text("Tổng kết năm: 3 năm x 40.000.000 đ/năm = 120.000.000 đồng;", null, 1, false),
						new Text("Sơ kết: 1 lần x 50.000.000 đ = 50.000.000 đồng;", null, 1, false),
						new Text("Tổng kết: 1 lần x 60.000.000 đ = 60.000.000 đồng.", null, 1, false)),
				List.of());
		assertThat(codes(check(document(wrong)))).containsExactly(Code.SUM_MISMATCH);
	}

	// ratios and shares

	@Test
	void aRatioToATargetInParentheses() {
		assertThat(prose("Thu ngân sách 270 tỷ đồng, đạt 80,59% dự toán (dự toán là 335 tỷ đồng) và đạt 100,37%"
				+ " dự toán tỉnh giao (dự toán tỉnh giao là 269 tỷ đồng).")).isEmpty();
		assertThat(prose("Thu ngân sách 270 tỷ đồng, đạt 85,59% dự toán (dự toán là 335 tỷ đồng).")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Code.RATIO_MISMATCH);
				assertThat(finding.expected()).isEqualTo("80,60%");
				assertThat(finding.arguments()).containsExactly("85,59%", "270 tỷ đồng", "335 tỷ đồng", "80,60%");
			});
	}

	@Test
	void aShareOfACount() {
		assertThat(prose("Tổng số trường đạt chuẩn 36/39 trường, tỷ lệ đạt chuẩn quốc gia chiếm 92,31%.")).isEmpty();
		assertThat(prose("Có 21/26 trường đạt chuẩn, chiếm tỷ lệ 80,77%; 467/467 học sinh tốt nghiệp, đạt tỷ lệ"
				+ " 100%.")).isEmpty();
		assertThat(prose("Tổng số trường đạt chuẩn 36/39 trường, tỷ lệ đạt chuẩn quốc gia chiếm 93,31%."))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Code.RATIO_MISMATCH);
				assertThat(finding.expected()).isEqualTo("92,31%");
			});
	}

	@Test
	void sharesOfOneWholeMakeOneHundred() {
		assertThat(prose("Dân số 73.589 người (Kinh chiếm 64,17%, Khmer 31,09%; Hoa 4,7%, dân tộc khác 0,04%)."))
			.isEmpty();
		assertThat(prose("Khu vực I - II - III đạt tương ứng là 49,34% - 5,32% - 45,34%.")).isEmpty();
		assertThat(prose("Dân số 73.589 người (Kinh chiếm 64,17%, Khmer 32,09%; Hoa 4,7%, dân tộc khác 0,04%)."))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Code.SHARE_NOT_100);
				assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
				assertThat(finding.arguments()).containsExactly("101,00%");
			});
		assertThat(codes(prose("Khu vực I - II - III đạt tương ứng là 49,34% - 5,32% - 44,34%.")))
			.containsExactly(Code.SHARE_NOT_100);
		// shares of things that are not one whole
		assertThat(prose("Hộ nghèo chiếm 3,81%, hộ cận nghèo chiếm 7,28% (hộ khá chiếm 20%, hộ giàu 5%).")).isEmpty();
	}

	// amounts in words

	@Test
	void anAmountInFiguresAndInWords() {
		assertThat(prose("Tổng kinh phí: 1.796.000.000 đồng (Một tỷ bảy trăm chín mươi sáu triệu đồng).")).isEmpty();
		assertThat(prose("Kinh phí 1.021.415.000 đồng (một tỉ không trăm hai mươi mốt triệu bốn trăm mười lăm ngàn"
				+ " đồng chẵn).")).isEmpty();
		assertThat(prose("Tổng kinh phí: 1.796.000đ (Một tỷ bảy trăm chín sáu triệu đồng).")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Code.AMOUNT_WORDS_MISMATCH);
				assertThat(finding.expected()).isEqualTo("Một triệu bảy trăm chín mươi sáu nghìn đồng");
			});
		assertThat(prose("Giá trị đạt 3.248 tỷ đồng (giá so sánh năm 2010).")).isEmpty();
	}

	// numbering

	@Test
	void sectionNumbersAsWritten() {
		List<Section> right = List.of(point("a"), point("b"), point("c"), point("d"), point("đ"), point("e"));
		assertThat(check(document(section("1", "Kết quả", List.of(), right)))).isEmpty();
		List<Section> duplicate = List.of(point("a"), point("b"), point("c"), point("d"), point("d"));
		assertThat(check(document(section("1", "Kết quả", List.of(), duplicate)))).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Code.NUMBERING_DUPLICATE);
				assertThat(finding.section()).isEqualTo("1");
				assertThat(finding.expected()).isEqualTo("đ");
				assertThat(finding.quote()).isEqualTo("d) Mục d");
			});
		List<Section> skippedD = List.of(point("a"), point("b"), point("c"), point("d"), point("e"));
		assertThat(codes(check(document(section("1", "Kết quả", List.of(), skippedD)))))
			.containsExactly(Code.NUMBERING_ORDER);
		List<Section> latin = List.of(point("a"), point("f"));
		assertThat(codes(check(document(section("1", "Kết quả", List.of(), latin)))))
			.containsExactly(Code.NUMBERING_ORDER);
	}

	@Test
	void decimalAndRomanNumbers() {
		Section right = section("2", "Hai", List.of(), List.of(decimal("2.1"), decimal("2.2"), decimal("2.3")));
		CheckedDocument ok = document(new Section("I", Style.ROMAN, "Một", List.of(), List.of()),
				new Section("II", Style.ROMAN, "Hai", List.of(), List.of(section("1", "Một", List.of(), List.of()),
						right)));
		assertThat(check(ok)).isEmpty();
		Section gap = section("2", "Hai", List.of(), List.of(decimal("2.1"), decimal("2.3")));
		CheckedDocument wrong = document(new Section("I", Style.ROMAN, "Một", List.of(), List.of()),
				new Section("III", Style.ROMAN, "Ba", List.of(), List.of(section("1", "Một", List.of(), List.of()),
						gap)));
		assertThat(check(wrong)).extracting(Finding::code, Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NUMBERING_GAP, "II"),
					org.assertj.core.groups.Tuple.tuple(Code.NUMBERING_GAP, "2.2"));
	}

	@Test
	void numberedListsInsideASection() {
		List<Text> right = Arrays.stream(new String[] { "1.", "2.", "3.", "4." })
			.map((marker) -> new Text("Luật số " + marker, marker, 0, false))
			.toList();
		assertThat(check(document(section("I", "Căn cứ pháp lý", right, List.of())))).isEmpty();
		List<Text> wrong = Arrays.stream(new String[] { "1.", "2.", "5.", "6.", "7.", "8.", "8.", "9." })
			.map((marker) -> new Text("Văn bản " + marker, marker, 0, false))
			.toList();
		assertThat(check(document(section("I", "Căn cứ pháp lý", wrong, List.of()))))
			.extracting(Finding::code, Finding::expected, Finding::quote)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NUMBERING_GAP, "3", "5. Văn bản 5."),
					org.assertj.core.groups.Tuple.tuple(Code.NUMBERING_DUPLICATE, "9", "8. Văn bản 8."));
	}

	// names

	@Test
	void thePlaceNameWithOtherDiacritics() {
		assertThat(prose("Huyện Phú Sơn là huyện miền núi; huyện Phú Sơn có 20 xã; xã Phù Sơn thuộc huyện.")).isEmpty();
		assertThat(prose("Huyện Phù Sơn là huyện miền núi.")).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Code.NAME_MISSPELLED);
			assertThat(finding.quote()).isEqualTo("Huyện Phù Sơn");
			assertThat(finding.expected()).isEqualTo("Phú Sơn");
		});
		CheckedDocument header = new CheckedDocument(new Header(null, "Phu Sơn, ngày 05 tháng 01 năm 2024",
				"Phu Sơn", List.of()), List.of(), List.of(), List.of(), List.of(), UNIT, PLACE);
		assertThat(codes(check(header))).containsExactly(Code.NAME_MISSPELLED);
		CheckedDocument rightHeader = new CheckedDocument(new Header(null, "Phú Sơn, ngày 05 tháng 01 năm 2024",
				"Phú Sơn", List.of()), List.of(), List.of(), List.of(), List.of(), UNIT, PLACE);
		assertThat(check(rightHeader)).isEmpty();
	}

	// form

	@Test
	void theNumberAndSymbol() {
		assertThat(check(header("Số: 05/BC-UBND", null))).isEmpty();
		assertThat(check(header("Số: 1263/BC-UBND", null))).isEmpty();
		assertThat(check(header("Số:    /BC-UBND", null))).isEmpty();
		assertThat(check(header("Số: 5/BC-UBND", null))).extracting(Finding::code, Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NUMBER_FORMAT, "Số: 05/BC-UBND"));
		assertThat(check(header("Số: 250 /BC-UBND", null))).extracting(Finding::expected)
			.containsExactly("Số: 250/BC-UBND");
		assertThat(check(header("Số: 012/BC - UBND", null))).extracting(Finding::expected)
			.containsExactly("Số: 12/BC-UBND");
	}

	@Test
	void theDateLine() {
		assertThat(check(header(null, "Phú Sơn, ngày 05 tháng 01 năm 2024"))).isEmpty();
		assertThat(check(header(null, "Phú Sơn, ngày 29 tháng 6 năm 2019"))).isEmpty();
		assertThat(check(header(null, "Phú Sơn, ngày 5 tháng 1 năm 2024"))).extracting(Finding::code,
				Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.DATE_FORMAT, "ngày 05 tháng 01 năm 2024"));
		assertThat(check(header(null, "Phú Sơn, ngày 18 tháng 06 năm 2024"))).extracting(Finding::expected)
			.containsExactly("ngày 18 tháng 6 năm 2024");
	}

	@Test
	void aDeputySignsForTheChairman() {
		assertThat(check(closing(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), List.of())))
			.isEmpty();
		assertThat(check(closing(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), List.of()))).isEmpty();
		assertThat(check(closing(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"), List.of())))
			.extracting(Finding::code, Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.SIGNATURE_DEPUTY, "KT. CHỦ TỊCH"));
		assertThat(check(closing(List.of("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"), List.of())))
			.extracting(Finding::code)
			.containsExactly(Code.SIGNATURE_DEPUTY);
	}

	@Test
	void theRecipientsEndWithTheFiledCopy() {
		assertThat(check(closing(List.of(), List.of("Như trên", "UBND tỉnh", "Lưu: VT, VP")))).isEmpty();
		assertThat(check(closing(List.of(), List.of("Như trên", "Lưu: VT")))).isEmpty();
		assertThat(check(closing(List.of(), List.of("Như trên", "Lưu: VT, VP", "UBND các xã"))))
			.extracting(Finding::code, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.RECIPIENTS_LAST, Finding.Severity.ERROR));
		assertThat(check(closing(List.of(), List.of("Như trên", "Lưu VT-NC"))))
			.extracting(Finding::code, Finding::severity, Finding::expected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Code.RECIPIENTS_LAST, Finding.Severity.WARNING,
					"Lưu: VT, NC"));
	}

	// where a finding is

	@Test
	void aFindingIsPlacedByTheFullPathOfItsSection() {
		String wrong = "Tổng thu 500 tỷ đồng, trong đó thu thuế 320 tỷ đồng và thu phí 170 tỷ đồng.";
		Section clause = section("1", "Thu ngân sách", List.of(text(wrong)), List.of());
		Section subclause = section("2.1", "Chi tiết", List.of(text(wrong)), List.of());
		Section point = point("a", List.of(text(wrong)));
		Section part = new Section("Phần thứ nhất", Style.PART, "KẾT QUẢ", List.of(),
				List.of(section("I", "Một", List.of(), List.of()), section("II", "Hai", List.of(),
						List.of(clause, section("2", "Hai", List.of(), List.of(subclause, decimal("2.2"))),
								section("3", "Ba", List.of(), List.of(point))))));
		assertThat(check(document(part, section("I", "Chương trình", List.of(text(wrong)), List.of()))))
			.extracting(Finding::section)
			.containsExactly("Phần thứ nhất, II.1", "Phần thứ nhất, II.2.1", "Phần thứ nhất, II.3.a", "I");
		// a number repeated under another parent is told apart: the "1" of I and the "1" of II
		Section first = section("I", "Một", List.of(), List.of(section("1", "Một", List.of(text(wrong)), List.of())));
		Section second = section("II", "Hai", List.of(), List.of(section("1", "Một", List.of(text(wrong)), List.of())));
		assertThat(check(document(first, second))).extracting(Finding::section).containsExactly("I.1", "II.1");
	}

	@Test
	void aNumberingFindingIsPlacedAtTheParentsPath() {
		Section parent = section("2", "Hai", List.of(), List.of(decimal("2.1"), decimal("2.3")));
		assertThat(check(document(section("I", "Một", List.of(), List.of(section("1", "Một", List.of(), List.of()),
				parent))))).singleElement().satisfies((finding) -> {
					assertThat(finding.code()).isEqualTo(Code.NUMBERING_GAP);
					assertThat(finding.section()).isEqualTo("I.2");
				});
	}

	private List<Finding> prose(String paragraph) {
		return check(document(section("1", null, List.of(text(paragraph)), List.of())));
	}

	private List<Finding> check(CheckedDocument document) {
		return this.checker.check(document);
	}

	private static List<Code> codes(List<Finding> findings) {
		return findings.stream().map(Finding::code).toList();
	}

	private static CheckedDocument document(Section... sections) {
		return new CheckedDocument(new Header(null, null, null, List.of()), List.of(sections), List.of(), List.of(),
				List.of(), UNIT, PLACE);
	}

	private static CheckedDocument header(String numberLine, String dateLine) {
		return new CheckedDocument(new Header(numberLine, dateLine, null, List.of()), List.of(), List.of(), List.of(),
				List.of(), UNIT, PLACE);
	}

	private static CheckedDocument closing(List<String> signature, List<String> recipients) {
		return new CheckedDocument(new Header(null, null, null, List.of()), List.of(), List.of(), recipients,
				signature, UNIT, PLACE);
	}

	private static Section section(String label, String title, List<Text> texts, List<Section> children) {
		Style style = label.contains(".") ? Style.DECIMAL : Style.ARABIC;
		if (label.matches("[IVX]+")) {
			style = Style.ROMAN;
		}
		return new Section(label, style, title, texts, children);
	}

	private static Section point(String letter) {
		return new Section(letter, Style.POINT, "Mục " + letter, List.of(), List.of());
	}

	private static Section point(String letter, List<Text> texts) {
		return new Section(letter, Style.POINT, null, texts, List.of());
	}

	private static Section decimal(String label) {
		return new Section(label, Style.DECIMAL, "Mục " + label, List.of(), List.of());
	}

	private static Text text(String text) {
		return new Text(text, null, 0, false);
	}

}
