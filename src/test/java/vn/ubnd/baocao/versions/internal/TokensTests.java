package vn.ubnd.baocao.versions.internal;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cutting text into words, numbers, white space and punctuation, with Vietnamese diacritics kept inside words.
 */
class TokensTests {

	@Test
	void vietnameseWordsNumbersAndPunctuation() {
		assertThat(Tokens.of("Thu ngân sách ước đạt 1.234,5 tỷ đồng (100,37%)."))
			.containsExactly("Thu", " ", "ngân", " ", "sách", " ", "ước", " ", "đạt", " ", "1.234,5", " ", "tỷ", " ",
					"đồng", " ", "(", "100,37", "%", ")", ".");
	}

	@Test
	void aNumberEndsBeforeAFinalDotOrComma() {
		assertThat(Tokens.of("mục 2.1.1. và 270, còn")).containsExactly("mục", " ", "2.1.1", ".", " ", "và", " ",
				"270", ",", " ", "còn");
	}

	@Test
	void aDateIsOneToken() {
		assertThat(Tokens.of("hạn 08/07/2026, số 07/BC-UBND")).containsExactly("hạn", " ", "08/07/2026", ",", " ", "số",
				" ", "07", "/", "BC", "-", "UBND");
	}

	@Test
	void decomposedAccentsGiveTheSameWordsAsPrecomposed() {
		String nfc = "Phường Hòa An, huyện Phú Sơn";
		String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo(nfc);
		assertThat(Tokens.of(nfd)).isEqualTo(Tokens.of(nfc));
		assertThat(Tokens.of(nfd)).contains("Phường", "Hòa", "Phú", "Sơn");
	}

	@Test
	void joinedTokensGiveTheTextBack() {
		String text = "- Chi thường xuyên:  bảo đảm^[Theo dự toán.]\ttrong 6 tháng\n+ tăng 5,3%…";
		assertThat(String.join("", Tokens.of(text))).isEqualTo(text);
	}

	@Test
	void whiteSpaceRunsAreOneToken() {
		assertThat(Tokens.of("a \u00a0 b")).containsExactly("a", " \u00a0 ", "b");
		assertThat(Tokens.isSpace(" \u00a0 ")).isTrue();
		assertThat(Tokens.isWord("đạt")).isTrue();
		assertThat(Tokens.isWord(",")).isFalse();
	}

	@Test
	void emptyAndNull() {
		assertThat(Tokens.of("")).isEmpty();
		assertThat(Tokens.of(null)).isEmpty();
	}

}
