package vn.ubnd.baocao.report;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionContentTests {

	@Test
	void linesBecomeParagraphsAndBullets() {
		List<SectionContent.Block> blocks = SectionContent.parse(
				"Kết quả nổi bật:\n- Thu ngân sách đạt kế hoạch;\n+ Thu nội địa tăng;\n\n-Không phải gạch đầu dòng",
				new AtomicInteger());
		assertThat(blocks).extracting(SectionContent.Block::type, SectionContent.Block::level,
				SectionContent.Block::plainText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SectionContent.BlockType.PARAGRAPH, 0, "Kết quả nổi bật:"),
					org.assertj.core.groups.Tuple.tuple(SectionContent.BlockType.BULLET, 1, "Thu ngân sách đạt kế hoạch;"),
					org.assertj.core.groups.Tuple.tuple(SectionContent.BlockType.BULLET, 2, "Thu nội địa tăng;"),
					org.assertj.core.groups.Tuple.tuple(SectionContent.BlockType.PARAGRAPH, 0, "-Không phải gạch đầu dòng"));
	}

	@Test
	void footnotesAreNumberedAcrossSectionsInReadingOrder() {
		AtomicInteger numbers = new AtomicInteger();
		List<SectionContent.Block> first = SectionContent.parse("Theo Nghị quyết^[Nghị quyết số 10/NQ-HĐND.] của HĐND.",
				numbers);
		List<SectionContent.Block> second = SectionContent.parse("Đạt 100%^[Số liệu [tạm tính] đến 14/6.].", numbers);
		assertThat(first.get(0).plainText()).isEqualTo("Theo Nghị quyết của HĐND.");
		assertThat(first.get(0).footnotes()).extracting(SectionContent.Segment::footnote,
				SectionContent.Segment::footnoteText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Nghị quyết số 10/NQ-HĐND."));
		assertThat(second.get(0).footnotes()).extracting(SectionContent.Segment::footnote,
				SectionContent.Segment::footnoteText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Số liệu [tạm tính] đến 14/6."));
	}

	@Test
	void anUnclosedFootnoteStaysText() {
		List<SectionContent.Block> blocks = SectionContent.parse("Chưa đóng ^[ngoặc", new AtomicInteger());
		assertThat(blocks.get(0).plainText()).isEqualTo("Chưa đóng ^[ngoặc");
		assertThat(blocks.get(0).footnotes()).isEmpty();
	}

}
