package vn.ubnd.baocao.importing;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTests {

	@Test
	void removesMarkdownMarks() {
		assertThat(clean("## **2. Thực hiện nhiệm vụ**")).isEqualTo("2. Thực hiện nhiệm vụ");
		assertThat(clean("**1.** Tiếp tục quán triệt")).isEqualTo("1. Tiếp tục quán triệt");
		assertThat(clean("**TM. ỦY BAN NHÂN DÂN  ")).isEqualTo("TM. ỦY BAN NHÂN DÂN");
		assertThat(clean("__Nơi nhận:__")).isEqualTo("Nơi nhận:");
		assertThat(clean("\\* *Nguyên nhân*: khách quan")).isEqualTo("* Nguyên nhân: khách quan");
		assertThat(clean("(*tăng 0,4 tiêu chí*) và 3 * 4 = 12")).isEqualTo("(tăng 0,4 tiêu chí) và 3 * 4 = 12");
		assertThat(clean("1\\. Mục có dấu thoát")).isEqualTo("1. Mục có dấu thoát");
		assertThat(clean("> ### I. TRÍCH DẪN")).isEqualTo("I. TRÍCH DẪN");
		assertThat(clean("#")).isEmpty();
	}

	@Test
	void removesHtmlAndKeepsFootnoteMarkers() {
		assertThat(clean("của UBND<sup>1</sup> huyện")).isEqualTo("của UBND[^1] huyện");
		assertThat(clean("<p>Đoạn <i>nghiêng</i></p>")).isEqualTo("Đoạn nghiêng");
		assertThat(clean("diện tích 20 m<sup>2</sup>, khối 3 m<sup>3</sup>, xã<sup>2</sup>"))
			.isEqualTo("diện tích 20 m², khối 3 m³, xã[^2]");
		assertThat(clean("nâng lên³, đạt 5 km² và 7 hm²")).isEqualTo("nâng lên[^3], đạt 5 km² và 7 hm²");
		assertThat(clean("trong năm² nay")).isEqualTo("trong năm[^2] nay");
	}

	@Test
	void classifiesNoiseAndFootnotes() {
		List<SourceLine> lines = SourceText.read(String.join("\n", "12", "- 3 -", "Trang 4", "Trang 5/20", "6/20",
				"***", "---", "¹ Theo niên giám.", "<sup>2</sup> Chú thích thẻ.", "[3] Chú thích ngoặc.",
				"Văn bản [3].", "", "**"));
		assertThat(lines).extracting(SourceLine::type)
			.containsExactly(SourceLine.Type.NOISE, SourceLine.Type.NOISE, SourceLine.Type.NOISE,
					SourceLine.Type.NOISE, SourceLine.Type.NOISE, SourceLine.Type.NOISE, SourceLine.Type.NOISE,
					SourceLine.Type.FOOTNOTE, SourceLine.Type.FOOTNOTE, SourceLine.Type.FOOTNOTE,
					SourceLine.Type.TEXT, SourceLine.Type.BLANK, SourceLine.Type.BLANK);
		assertThat(lines.get(7)).extracting(SourceLine::footnoteId, SourceLine::text)
			.containsExactly("1", "Theo niên giám.");
		assertThat(lines.get(9).footnoteId()).isEqualTo("3");
		assertThat(lines.get(10).text()).isEqualTo("Văn bản [^3].");
		assertThat(lines).extracting(SourceLine::number).startsWith(1, 2, 3);
	}

	private static String clean(String line) {
		return SourceText.clean(line, Set.of());
	}

}
