package vn.ubnd.baocao.system;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTests {

	@Test
	void decomposedVietnameseBecomesComposed() {
		String nfd = Normalizer.normalize("Ủy ban nhân dân huyện Phú Sơn", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Ủy ban nhân dân huyện Phú Sơn");
		assertThat(Texts.normalize(nfd)).isEqualTo("Ủy ban nhân dân huyện Phú Sơn");
	}

	@Test
	void controlCharactersAreRemovedButLineBreaksAndTabsKept() {
		assertThat(Texts.normalize("a\u0000b\u0007c\td\ne\u001Bf\uFEFF")).isEqualTo("abc\td\nef");
	}

	@Test
	void windowsAndOldMacLineBreaksBecomePlain() {
		assertThat(Texts.normalize("một\r\nhai\rba")).isEqualTo("một\nhai\nba");
	}

	@Test
	void cleanTrimsAndTurnsBlankIntoNull() {
		assertThat(Texts.clean("  Phú Sơn \n")).isEqualTo("Phú Sơn");
		assertThat(Texts.clean(" \u0000 \t ")).isNull();
		assertThat(Texts.clean(null)).isNull();
	}

	@Test
	void markupIsKeptAsText() {
		assertThat(Texts.normalize("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
	}

}
