package vn.ubnd.baocao.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseTests {

	@Test
	void findsSentenceBreaksButNotAbbreviations() {
		assertThat(Prose.hasSentenceBreak("Thực hiện kế hoạch năm 2022. Tập trung tháo gỡ khó khăn")).isTrue();
		assertThat(Prose.hasSentenceBreak("Kiểm tra của UBND. Tiếp tục đôn đốc")).isTrue();
		assertThat(Prose.hasSentenceBreak("Báo cáo “Dân biết”. Sau đó")).isTrue();
		assertThat(Prose.hasSentenceBreak("Gửi TT. Huyện ủy và TP. Hồ Chí Minh")).isFalse();
		assertThat(Prose.hasSentenceBreak("Tăng 10,28% so với năm 2020.")).isFalse();
		assertThat(Prose.hasSentenceBreak("Giá trị 5.1 tỷ và 2.637 tỷ đồng")).isFalse();
	}

	@Test
	void tellsFinishedSentencesAndParagraphEnds() {
		assertThat(Prose.endsSentence("Ưu điểm")).isFalse();
		assertThat(Prose.endsSentence("Nguyên nhân:")).isFalse();
		assertThat(Prose.endsSentence("đạt kế hoạch.")).isTrue();
		assertThat(Prose.endsSentence("ở địa phương;")).isTrue();
		assertThat(Prose.endsSentence("(VSIP Cần Thơ).")).isTrue();
		assertThat(Prose.endsSentence("kịp thời./.")).isTrue();
		assertThat(Prose.endsParagraph("gồm:")).isTrue();
		assertThat(Prose.endsParagraph("“Bình thường mới”.")).isTrue();
		assertThat(Prose.endsParagraph("các chương trình mục tiêu Quốc")).isFalse();
		assertThat(Prose.endsParagraph("(trừ Tân Lập)")).isFalse();
	}

	@Test
	void tellsCase() {
		assertThat(Prose.isUpperCase("KẾT QUẢ 2016 – 2021")).isTrue();
		assertThat(Prose.isUpperCase("Kết quả")).isFalse();
		assertThat(Prose.isUpperCase("2021")).isFalse();
		assertThat(Prose.startsLowerCase("(trừ Tân Lập)")).isTrue();
		assertThat(Prose.startsLowerCase("đảm bảo")).isTrue();
		assertThat(Prose.startsLowerCase("Đảm bảo")).isFalse();
		assertThat(Prose.startsLowerCase("2021 là năm")).isFalse();
	}

	@Test
	void shortTitles() {
		assertThat(Prose.isShortTitle("Việc tiếp nhận và ban hành văn bản")).isTrue();
		assertThat(Prose.isShortTitle("Tăng cường kỷ luật, kỷ cương hành chính.")).isFalse();
		assertThat(Prose.isShortTitle("x".repeat(Prose.SHORT_TITLE + 1))).isFalse();
	}

}
