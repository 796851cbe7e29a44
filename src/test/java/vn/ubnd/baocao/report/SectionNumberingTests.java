package vn.ubnd.baocao.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SectionNumberingTests {

	private final List<ReportSection> sections = new ArrayList<>();

	private long nextId = 1;

	@Test
	void vietnameseLettersSkipFAndPutĐAfterD() {
		List<String> labels = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			labels.add(NumberingStyle.POINT.label(i, null));
		}
		assertThat(labels).containsExactly("a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)", "m)");
	}

	@Test
	void stylesGiveTheOfficialLabels() {
		assertThat(NumberingStyle.PART.label(1, null)).isEqualTo("Phần thứ nhất");
		assertThat(NumberingStyle.PART.label(4, null)).isEqualTo("Phần thứ tư");
		assertThat(NumberingStyle.LETTER.label(2, null)).isEqualTo("B.");
		assertThat(NumberingStyle.ROMAN.label(4, null)).isEqualTo("IV.");
		assertThat(NumberingStyle.ROMAN.label(9, null)).isEqualTo("IX.");
		assertThat(NumberingStyle.ROMAN.label(14, null)).isEqualTo("XIV.");
		assertThat(NumberingStyle.ARABIC.label(10, null)).isEqualTo("10.");
		assertThat(NumberingStyle.DECIMAL.label(3, "2.1")).isEqualTo("2.1.3.");
		assertThat(NumberingStyle.POINT.label(24, null)).isEqualTo("aa)");
	}

	@Test
	void aProjectProposalIsNumberedPartRomanArabicDecimal() {
		ReportSection part1 = add(null, "Sự cần thiết");
		ReportSection part2 = add(null, "Nội dung");
		ReportSection i = add(part2.getId(), "Mục tiêu");
		ReportSection ii = add(part2.getId(), "Nhiệm vụ");
		ReportSection one = add(ii.getId(), "Phát triển");
		ReportSection two = add(ii.getId(), "Hạ tầng");
		ReportSection twoOne = add(two.getId(), "Giao thông");
		ReportSection twoOneOne = add(twoOne.getId(), "Đường huyện");
		ReportSection twoOneTwo = add(twoOne.getId(), "Đường xã");
		List<SectionNumbering.NumberedSection> numbered = SectionNumbering.number(this.sections,
				List.of(NumberingStyle.PART, NumberingStyle.ROMAN, NumberingStyle.ARABIC, NumberingStyle.DECIMAL));
		assertThat(numbered).extracting(SectionNumbering.NumberedSection::label)
			.containsExactly("Phần thứ nhất", "Phần thứ hai", "I.", "II.", "1.", "2.", "2.1.", "2.1.1.", "2.1.2.");
		assertThat(numbered).extracting((n) -> n.section().getTitle())
			.containsExactly(part1.getTitle(), part2.getTitle(), i.getTitle(), ii.getTitle(), one.getTitle(),
					two.getTitle(), twoOne.getTitle(), twoOneOne.getTitle(), twoOneTwo.getTitle());
		assertThat(numbered).extracting(SectionNumbering.NumberedSection::depth)
			.containsExactly(0, 0, 1, 1, 2, 2, 3, 4, 4);
	}

	@Test
	void positionsDecideTheOrderNotInsertion() {
		ReportSection second = add(null, "B");
		ReportSection first = add(null, "A");
		second.place(null, 1);
		first.place(null, 0);
		assertThat(SectionNumbering.number(this.sections, List.of(NumberingStyle.ROMAN)))
			.extracting((n) -> n.label() + " " + n.section().getTitle())
			.containsExactly("I. A", "II. B");
	}

	@Test
	void anUnnumberedSectionDoesNotTakeANumber() {
		ReportSection intro = add(null, "Mở đầu");
		ReflectionTestUtils.setField(intro, "numbered", false);
		add(null, "Kết quả");
		assertThat(SectionNumbering.number(this.sections, List.of(NumberingStyle.ROMAN)))
			.extracting(SectionNumbering.NumberedSection::label)
			.containsExactly("", "I.");
	}

	private ReportSection add(Long parentId, String title) {
		int position = (int) this.sections.stream()
			.filter((s) -> java.util.Objects.equals(s.getParentId(), parentId))
			.count();
		ReportSection section = new ReportSection(null, parentId, position, title, "", null);
		ReflectionTestUtils.setField(section, "id", this.nextId++);
		this.sections.add(section);
		return section;
	}

}
