package vn.ubnd.baocao.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's heuristics on small texts written for each of them.
 */
class ReportTextParserTests {

	private final ReportTextParser parser = new ReportTextParser();

	@Test
	void noiseLinesBecomeNeitherHeadingsNorText() {
		ImportedReport report = parse("""
				BÁO CÁO
				Tình hình quý I

				I. KẾT QUẢ

				#

				**

				Đoạn của mục I<br>có thẻ <b>HTML</b> &amp; dấu cách&nbsp;cứng.

				- 2 -

				12

				Trang 3

				---

				1. Kinh tế

				Nội dung.
				""");

		assertThat(report.allSections()).hasSize(2);
		ImportedSection results = report.sections().get(0);
		assertThat(results.title()).isEqualTo("KẾT QUẢ");
		assertThat(results.blocks()).extracting(Block::text)
			.containsExactly("Đoạn của mục I có thẻ HTML & dấu cách cứng.");
		assertThat(results.children()).singleElement().satisfies((economy) -> {
			assertThat(economy.title()).isEqualTo("Kinh tế");
			assertThat(economy.blocks()).extracting(Block::text).containsExactly("Nội dung.");
		});
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void paragraphCutByPageBreakAndFootnoteIsJoined() {
		ImportedReport report = parse("""
				I. KHÁI QUÁT

				Dân số toàn huyện 73.589 người¹, tăng

				2

				¹ Theo Niên giám thống kê năm 2019.

				so với năm trước.

				Câu đã kết thúc.

				và một dòng chữ thường sau câu đã kết thúc.
				""");

		assertThat(report.sections().get(0).blocks()).extracting(Block::text)
			.containsExactly("Dân số toàn huyện 73.589 người[^1], tăng so với năm trước.", "Câu đã kết thúc.",
					"và một dòng chữ thường sau câu đã kết thúc.");
		assertThat(report.sections().get(0).blocks().get(0).footnoteRefs()).containsExactly("1");
		assertThat(report.footnotes()).containsExactly(new Footnote("1", "Theo Niên giám thống kê năm 2019."));
	}

	@Test
	void aShortHeadingIsNotContinuedByALowerCaseParagraph() {
		ImportedReport report = parse("""
				I. KẾT QUẢ

				trong năm qua, các chỉ tiêu đều đạt.
				""");

		assertThat(report.sections().get(0).title()).isEqualTo("KẾT QUẢ");
		assertThat(report.sections().get(0).blocks()).extracting(Block::text)
			.containsExactly("trong năm qua, các chỉ tiêu đều đạt.");
	}

	@Test
	void linesWithoutBlankLineBetweenThemFormOneParagraphUntilOneEnds() {
		ImportedReport report = parse("""
				I. TỔ CHỨC
				Dòng đầu của đoạn văn bị xuống dòng
				Giữa chừng vì bản chuyển đổi.
				Đoạn thứ hai.
				""");

		assertThat(report.sections().get(0).blocks()).extracting(Block::text)
			.containsExactly("Dòng đầu của đoạn văn bị xuống dòng Giữa chừng vì bản chuyển đổi.", "Đoạn thứ hai.");
	}

	@Test
	void markdownHeadingLevelsAndBoldAreIgnored() {
		ImportedReport report = parse("""
				# I. MỘT

				#### 1. Con thứ nhất

				Nội dung.

				## **2. Con thứ hai**

				Nội dung.

				### **II. HAI**

				**1.** Việc thứ nhất đã làm xong.

				**2.** Việc thứ hai đã làm xong.
				""");

		assertThat(report.sections()).extracting(ImportedSection::label).containsExactly("I", "II");
		assertThat(report.sections().get(0).children()).extracting(ImportedSection::title)
			.containsExactly("Con thứ nhất", "Con thứ hai");
		assertThat(report.sections().get(1).children()).extracting(ImportedSection::label).containsExactly("1", "2");
	}

	@Test
	void levelsMayBeSkipped() {
		ImportedReport report = parse("""
				A. PHẦN CHỮ

				1. Số dưới chữ

				Nội dung.

				B. PHẦN CHỮ THỨ HAI

				I. La Mã dưới chữ

				a) Điểm ngay dưới La Mã

				Nội dung.

				b) Điểm thứ hai

				Nội dung.

				II. La Mã thứ hai

				1. Số

				a) Điểm dưới số

				Nội dung.
				""");

		assertThat(report.sections()).extracting(ImportedSection::kind)
			.containsExactly(NumberingKind.LETTER, NumberingKind.LETTER);
		assertThat(report.sections().get(0).children()).singleElement()
			.satisfies((section) -> assertThat(section.kind()).isEqualTo(NumberingKind.ARABIC));
		ImportedSection second = report.sections().get(1);
		assertThat(second.children()).extracting(ImportedSection::label).containsExactly("I", "II");
		assertThat(second.children().get(0).children()).extracting(ImportedSection::kind, ImportedSection::label)
			.containsExactly(tuple(NumberingKind.POINT, "a"), tuple(NumberingKind.POINT, "b"));
		assertThat(second.children().get(1).children().get(0).children()).extracting(ImportedSection::label)
			.containsExactly("a");
	}

	@Test
	void aDocumentMayStartAtArabicNumbers() {
		ImportedReport report = parse("""
				1. Kinh tế

				1.1. Nông nghiệp

				Nội dung.

				1.1.1. Trồng trọt

				Nội dung.

				1.2. Công nghiệp

				Nội dung.

				2. Xã hội

				Nội dung.
				""");

		assertThat(report.sections()).extracting(ImportedSection::label).containsExactly("1", "2");
		assertThat(report.sections().get(0).children()).extracting(ImportedSection::label)
			.containsExactly("1.1", "1.2");
		assertThat(report.sections().get(0).children().get(0).children()).extracting(ImportedSection::label)
			.containsExactly("1.1.1");
	}

	@Test
	void pointsFollowTheVietnameseAlphabet() {
		ImportedReport report = parse("""
				I. ĐIỂM

				a) Một

				b) Hai

				c) Ba

				d) Bốn

				đ) Năm

				e) Sáu

				g) Bảy

				h) Tám

				i) Chín

				k) Mười
				""");

		assertThat(report.sections().get(0).children()).extracting(ImportedSection::label)
			.containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k");
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void pointsInLatinOrderAreAcceptedButAGapIsNot() {
		ImportedReport report = parse("""
				I. ĐIỂM

				a) Một

				b) Hai

				d) Bốn sau hai

				c) Ba

				d) Bốn

				e) Năm theo thứ tự La-tinh
				""");

		ImportedSection points = report.sections().get(0);
		assertThat(points.children()).extracting(ImportedSection::label).containsExactly("a", "b", "c", "d", "e");
		assertThat(points.children().get(1).blocks()).singleElement().satisfies((block) -> {
			assertThat(block.kind()).isEqualTo(Block.Kind.NUMBERED);
			assertThat(block.marker()).isEqualTo("d)");
			assertThat(block.text()).isEqualTo("Bốn sau hai");
		});
		assertThat(report.warnings()).extracting(ImportWarning::code, ImportWarning::line)
			.containsExactly(tuple(ImportWarning.Code.NUMBERING_NOT_CONTINUED, 7));
	}

	@Test
	void numberedLegalBasesInThePreambleStayAList() {
		ImportedReport report = parse("""
				BÁO CÁO
				Kết quả thực hiện nhiệm vụ năm 2024

				Căn cứ:

				1. Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

				2. Nghị định số 08/2016/NĐ-CP ngày 25/01/2016 của Chính phủ;

				3. Kế hoạch số 34/KH-UBND ngày 27 tháng 5 năm 2024 của UBND huyện.

				UBND huyện báo cáo như sau:

				I. KẾT QUẢ

				1. Kinh tế

				Nội dung.

				2. Xã hội

				Nội dung.
				""");

		assertThat(report.preamble()).extracting(Block::kind, Block::marker)
			.containsExactly(tuple(Block.Kind.PARAGRAPH, null), tuple(Block.Kind.NUMBERED, "1."),
					tuple(Block.Kind.NUMBERED, "2."), tuple(Block.Kind.NUMBERED, "3."),
					tuple(Block.Kind.PARAGRAPH, null));
		assertThat(report.preamble().get(2).text()).startsWith("Nghị định số 08/2016/NĐ-CP");
		assertThat(report.sections()).singleElement().satisfies((results) -> {
			assertThat(results.label()).isEqualTo("I");
			assertThat(results.children()).extracting(ImportedSection::label).containsExactly("1", "2");
		});
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void anEnumerationInThePreambleStaysAList() {
		ImportedReport report = parse("""
				Qua kiểm tra cho thấy:

				1. Kết quả kiểm tra tại các xã;

				2. Ý kiến của các phòng chuyên môn;

				I. KẾT QUẢ

				Nội dung.
				""");

		assertThat(report.preamble()).extracting(Block::kind)
			.containsExactly(Block.Kind.PARAGRAPH, Block.Kind.NUMBERED, Block.Kind.NUMBERED);
		assertThat(report.sections()).extracting(ImportedSection::label).containsExactly("I");
	}

	@Test
	void legalBasesUnderAHeadingStayAListEvenWithBrokenNumbering() {
		ImportedReport report = parse("""
				I. CĂN CỨ PHÁP LÝ

				1. Luật Cán bộ, công chức ngày 13/11/2008;

				4. Nghị định số 37/2014/NĐ-CP ngày 05/5/2014 của Chính phủ;

				4. Quyết định số 169/QĐ-UBND ngày 18/01/2021 của UBND huyện.

				II. PHẠM VI

				1. Đối tượng

				Nội dung.
				""");

		assertThat(report.sections().get(0).children()).isEmpty();
		assertThat(report.sections().get(0).blocks()).extracting(Block::marker).containsExactly("1.", "4.", "4.");
		assertThat(report.sections().get(1).children()).extracting(ImportedSection::title).containsExactly("Đối tượng");
	}

	@Test
	void aNumberThatDoesNotContinueItsLevelIsText() {
		ImportedReport report = parse("""
				I. TỔ CHỨC

				1. Mở đầu

				Nội dung.

				3. Ba nhóm nhiệm vụ được giao

				2. Tiếp theo

				Nội dung.

				2.1. Số thập phân đúng cha

				3.1. Số thập phân sai cha
				""");

		ImportedSection organisation = report.sections().get(0);
		assertThat(organisation.children()).extracting(ImportedSection::label).containsExactly("1", "2");
		assertThat(organisation.children().get(0).blocks()).extracting(Block::kind, Block::marker)
			.containsExactly(tuple(Block.Kind.PARAGRAPH, null), tuple(Block.Kind.NUMBERED, "3."));
		ImportedSection next = organisation.children().get(1);
		assertThat(next.children()).extracting(ImportedSection::label).containsExactly("2.1");
		assertThat(next.children().get(0).blocks()).extracting(Block::marker).containsExactly("3.1.");
		assertThat(report.warnings()).extracting(ImportWarning::code, ImportWarning::line)
			.containsExactly(tuple(ImportWarning.Code.NUMBERING_NOT_CONTINUED, 7),
					tuple(ImportWarning.Code.NUMBERING_NOT_CONTINUED, 15));
	}

	@Test
	void bulletsHaveTwoLevels() {
		ImportedReport report = parse("""
				I. DANH SÁCH

				- Một;
				+ Hai;
				- + Ba;
				– Bốn;
				• Năm;
				* Sáu là ghi chú.
				""");

		assertThat(report.sections().get(0).blocks()).extracting(Block::kind, Block::level, Block::text)
			.containsExactly(tuple(Block.Kind.BULLET, 1, "Một;"), tuple(Block.Kind.BULLET, 2, "Hai;"),
					tuple(Block.Kind.BULLET, 2, "Ba;"), tuple(Block.Kind.BULLET, 1, "Bốn;"),
					tuple(Block.Kind.BULLET, 1, "Năm;"), tuple(Block.Kind.PARAGRAPH, 0, "* Sáu là ghi chú."));
	}

	@Test
	void runningTextAfterANumberIsNotATitle() {
		ImportedReport report = parse("""
				I. NHIỆM VỤ

				1. Tiếp tục thực hiện kế hoạch phục hồi kinh tế. Tập trung tháo gỡ khó khăn cho doanh nghiệp.

				2. Tăng cường kỷ luật, kỷ cương hành chính.

				3. Về cải cách hành chính.

				- Rút ngắn thời gian giải quyết thủ tục.

				4. Rà soát, sắp xếp, kiện toàn lại tổ chức bộ máy các cơ quan, đơn vị gắn với những con người cụ thể, \
				công việc cụ thể; rà soát chức năng, nhiệm vụ, hoàn thiện quy chế, quy trình công tác tạo sự đồng bộ, \
				nhất quán trong công tác chỉ đạo

				Nội dung.
				""");

		List<ImportedSection> tasks = report.sections().get(0).children();
		assertThat(tasks).extracting(ImportedSection::title)
			.containsExactly(null, null, "Về cải cách hành chính.", tasks.get(3).title());
		assertThat(tasks.get(0).blocks().get(0).text()).startsWith("Tiếp tục thực hiện kế hoạch phục hồi kinh tế.");
		assertThat(tasks.get(1).blocks()).extracting(Block::text)
			.containsExactly("Tăng cường kỷ luật, kỷ cương hành chính.");
		assertThat(tasks.get(3).title()).startsWith("Rà soát, sắp xếp").hasSizeGreaterThan(200);
	}

	@Test
	void footnoteMarkersOfEveryStyleBecomePlaceholders() {
		ImportedReport report = parse("""
				I. CHÚ THÍCH

				Theo thẻ<sup>1</sup>, theo ngoặc [2], theo Markdown[^3], chỉ số trên¹⁰; \
				diện tích 500 m² và 20 m<sup>2</sup>.

				[2] Chú thích trong ngoặc.

				[^3]: Chú thích Markdown.

				<sup>1</sup> Chú thích thẻ.

				¹⁰ Chú thích số mười.

				⁹ Chú thích không ai dẫn tới.

				Một trích dẫn [7] không phải chú thích, và một chỗ dẫn hỏng⁸.
				""");

		List<Block> blocks = report.sections().get(0).blocks();
		assertThat(blocks.get(0).text()).isEqualTo("Theo thẻ[^1], theo ngoặc [^2], theo Markdown[^3], chỉ số trên[^10];"
				+ " diện tích 500 m² và 20 m².");
		assertThat(blocks.get(0).footnoteRefs()).containsExactly("1", "2", "3", "10");
		assertThat(blocks.get(1).text()).isEqualTo("Một trích dẫn [7] không phải chú thích, và một chỗ dẫn hỏng[^8].");
		assertThat(report.footnotes()).extracting(Footnote::id, Footnote::text)
			.containsExactly(tuple("2", "Chú thích trong ngoặc."), tuple("3", "Chú thích Markdown."),
					tuple("1", "Chú thích thẻ."), tuple("10", "Chú thích số mười."),
					tuple("9", "Chú thích không ai dẫn tới."));
		assertThat(report.warnings()).extracting(ImportWarning::code, ImportWarning::line)
			.containsExactly(tuple(ImportWarning.Code.FOOTNOTE_NOT_REFERENCED, 13),
					tuple(ImportWarning.Code.FOOTNOTE_NOT_DEFINED, 15));
	}

	@Test
	void textIsNormalisedToNfc() {
		String decomposed = Normalizer.normalize("""
				ỦY BAN NHÂN DÂN
				HUYỆN VĨNH THẠNH

				BÁO CÁO
				Công tác chỉ đạo, điều hành

				I. ĐẶC ĐIỂM TÌNH HÌNH

				Nội dung đầy đủ.
				""", Normalizer.Form.NFD);
		assertThat(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC)).isFalse();

		ImportedReport report = parse(decomposed);

		assertThat(report.header().issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN VĨNH THẠNH");
		assertThat(report.header().documentType()).isEqualTo("BÁO CÁO");
		assertThat(report.sections().get(0).title()).isEqualTo("ĐẶC ĐIỂM TÌNH HÌNH");
		assertThat(report.sections().get(0).blocks().get(0).text()).isEqualTo("Nội dung đầy đủ.");
	}

	@Test
	void headerInTwoColumnsWithParentBodyAndSeveralAddressees() {
		ImportedReport report = parse("""
				UBND TỈNH BÌNH DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc

				Số: 05/BC-STC Thủ Dầu Một, ngày 05 tháng 01 năm 2020

				BÁO CÁO TÌNH HÌNH THU, CHI NGÂN SÁCH

				Kính gửi:
				- Ủy ban nhân dân tỉnh;
				- Bộ Tài chính.

				Thực hiện Luật Ngân sách nhà nước, Sở Tài chính báo cáo như sau:

				I. THU NGÂN SÁCH
				""");

		Header header = report.header();
		assertThat(header.parentBody()).containsExactly("UBND TỈNH BÌNH DƯƠNG");
		assertThat(header.issuingBody()).containsExactly("SỞ TÀI CHÍNH");
		assertThat(header.number()).isEqualTo("05");
		assertThat(header.symbol()).isEqualTo("BC-STC");
		assertThat(header.place()).isEqualTo("Thủ Dầu Một");
		assertThat(header.date()).isEqualTo(LocalDate.of(2020, 1, 5));
		assertThat(header.documentType()).isEqualTo("BÁO CÁO");
		assertThat(header.summary()).isEqualTo("TÌNH HÌNH THU, CHI NGÂN SÁCH");
		assertThat(header.addressees()).containsExactly("Ủy ban nhân dân tỉnh", "Bộ Tài chính");
		assertThat(report.preamble()).extracting(Block::text)
			.containsExactly("Thực hiện Luật Ngân sách nhà nước, Sở Tài chính báo cáo như sau:");
		assertThat(report.sections()).extracting(ImportedSection::title).containsExactly("THU NGÂN SÁCH");
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void blankNumberAndIncompleteDateAreKeptAsFarAsTheyGo() {
		ImportedReport report = parse("""
				Số: /BC-UBND

				Vĩnh Thạnh, ngày    tháng 6 năm 2024

				Dòng lạ trước tên loại

				BÁO CÁO

				Kết quả 6 tháng đầu năm

				I. KẾT QUẢ
				""");

		Header header = report.header();
		assertThat(header.number()).isNull();
		assertThat(header.symbol()).isEqualTo("BC-UBND");
		assertThat(header.place()).isEqualTo("Vĩnh Thạnh");
		assertThat(header.date()).isNull();
		assertThat(header.summary()).isEqualTo("Kết quả 6 tháng đầu năm");
		assertThat(report.warnings()).extracting(ImportWarning::code, ImportWarning::line)
			.containsExactly(tuple(ImportWarning.Code.DATE_INCOMPLETE, 3),
					tuple(ImportWarning.Code.HEADER_LINE_IGNORED, 5));
	}

	@Test
	void aPreambleSentenceAfterTheTypeIsNotTakenForTheSummary() {
		ImportedReport report = parse("""
				BÁO CÁO

				Thực hiện Công văn số 12/UBND-VP của UBND tỉnh, UBND huyện báo cáo như sau:

				I. KẾT QUẢ
				""");

		assertThat(report.header().summary()).isNull();
		assertThat(report.preamble()).extracting(Block::text).singleElement().asString().startsWith("Thực hiện");
	}

	@Test
	void deputySignsForTheChair() {
		ImportedReport report = parse("""
				I. KẾT QUẢ

				Nội dung.

				Trên đây là báo cáo kết quả của UBND huyện./.

				Nơi nhận:
				- Như trên;
				- Lưu: VT, VP.

				TM. ỦY BAN NHÂN DÂN
				KT. CHỦ TỊCH
				PHÓ CHỦ TỊCH

				(Đã ký)

				Nguyễn Văn An
				""");

		assertThat(report.sections().get(0).blocks()).extracting(Block::text).containsExactly("Nội dung.");
		assertThat(report.closing()).extracting(Block::text)
			.containsExactly("Trên đây là báo cáo kết quả của UBND huyện./.");
		assertThat(report.recipients()).containsExactly("Như trên", "Lưu: VT, VP");
		assertThat(report.signature()).isEqualTo(
				new Signature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Văn An"));
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void signatureBeforeRecipientsWithNameInCapitals() {
		ImportedReport report = parse("""
				I. KẾT QUẢ

				Nội dung.

				KT. CHỦ TỊCH
				PHÓ CHỦ TỊCH
				NGUYỄN VĂN BÌNH

				Nơi nhận:
				- Như trên;
				- Lưu: VT.
				""");

		assertThat(report.signature())
			.isEqualTo(new Signature(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "NGUYỄN VĂN BÌNH"));
		assertThat(report.recipients()).containsExactly("Như trên", "Lưu: VT");
	}

	@Test
	void signatureAtTheEndWithoutAuthorityLineAndWithAStamp() {
		ImportedReport report = parse("""
				I. KẾT QUẢ

				Nội dung.

				CHỦ TỊCH

				Lê Văn Cường

				Người ký: Lê Văn Cường
				Cơ quan: Ủy ban nhân dân huyện X
				Thời gian ký: 02.12.2021 08:00:00 +07:00
				""");

		assertThat(report.sections().get(0).blocks()).extracting(Block::text).containsExactly("Nội dung.");
		assertThat(report.signature()).isEqualTo(new Signature(List.of(), "CHỦ TỊCH", "Lê Văn Cường"));
		assertThat(report.header().digitalSignature()).isEqualTo("Lê Văn Cường");
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void partsWithRomanNumbersAndTitlesOnTheNextLine() {
		ImportedReport report = parse("""
				PHẦN I
				TÌNH HÌNH CHUNG

				I. ĐẶC ĐIỂM

				Nội dung.

				Phần II: KẾT QUẢ

				Nội dung.

				Phần lớn các xã đã hoàn thành kế hoạch.
				""");

		assertThat(report.sections()).extracting(ImportedSection::kind, ImportedSection::label, ImportedSection::title)
			.containsExactly(tuple(NumberingKind.PART, "PHẦN I", "TÌNH HÌNH CHUNG"),
					tuple(NumberingKind.PART, "Phần II", "KẾT QUẢ"));
		assertThat(report.sections().get(1).blocks()).extracting(Block::text)
			.containsExactly("Nội dung.", "Phần lớn các xã đã hoàn thành kế hoạch.");
	}

	@Test
	void emptyTextGivesAnEmptyReport() {
		ImportedReport report = this.parser.parse(null);

		assertThat(report.sections()).isEmpty();
		assertThat(report.preamble()).isEmpty();
		assertThat(report.signature()).isNull();
		assertThat(report.header().documentType()).isNull();
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void textWithoutNumberingIsAllPreambleWithAWarning() {
		ImportedReport report = parse("""
				Một đoạn văn.

				Đoạn thứ hai.
				""");

		assertThat(report.preamble()).hasSize(2);
		assertThat(report.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.NO_SECTIONS);
	}

	private ImportedReport parse(String text) {
		return this.parser.parse(text);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
