package vn.ubnd.baocao.search;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.search.SearchText.Fragment;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void vietnameseIsFoldedWithoutDiacriticsAndDBecomesD() {
		assertThat(SearchText.words("Thu ngân sách nhà nước ĐẠI HỘI Đảng ưu tiên Ỷ lại"))
			.containsExactly("thu", "ngan", "sach", "nha", "nuoc", "dai", "hoi", "dang", "uu", "tien", "y", "lai");
	}

	@Test
	void decomposedTextFoldsLikeComposedText() {
		String decomposed = Normalizer.normalize("Thu ngân sách", Normalizer.Form.NFD);
		assertThat(SearchText.words(decomposed)).containsExactly("thu", "ngan", "sach");
	}

	@Test
	void numbersAndSymbolsSplitAsTheDatabaseSplitsThem() {
		assertThat(SearchText.words("Số: 1263/BC-UBND, tăng 12,5%")).containsExactly("so", "1263", "bc", "ubnd", "tang",
				"12", "5");
	}

	@Test
	void queryTermsAreDistinctAndBounded() {
		assertThat(SearchText.terms("thu THU Thu ngân")).containsExactly("thu", "ngan");
		assertThat(SearchText.terms("%_'\"\\;--!!!")).isEmpty();
		assertThat(SearchText.terms(null)).isEmpty();
		assertThat(SearchText.terms("a ".repeat(5000) + "b")).containsExactly("a");
		assertThat(SearchText.terms("t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 t11 t12 t13 t14")).hasSize(SearchText.MAX_TERMS);
	}

	@Test
	void highlightMarksTheWordsAsWritten() {
		List<Fragment> fragments = SearchText.highlight("Tổng thu ngân sách đạt 270 tỷ đồng", List.of("thu", "ngan", "sach"));
		assertThat(fragments).containsExactly(new Fragment("Tổng ", false), new Fragment("thu", true),
				new Fragment(" ", false), new Fragment("ngân", true), new Fragment(" ", false),
				new Fragment("sách", true), new Fragment(" đạt 270 tỷ đồng", false));
	}

	@Test
	void highlightDoesNotMatchInsideLongerWords() {
		assertThat(SearchText.highlight("thuế thu", List.of("thu")))
			.containsExactly(new Fragment("thuế ", false), new Fragment("thu", true));
	}

	@Test
	void aSnippetIsCutAroundThePhraseAtWordBoundaries() {
		String text = "Mở đầu ".repeat(60) + "tổng thu ngân sách nhà nước đạt khá\n" + "kết thúc ".repeat(60);
		List<Fragment> snippet = SearchText.snippet(text, List.of("thu", "ngan", "sach"), 120);
		String joined = String.join("", snippet.stream().map(Fragment::text).toList());
		assertThat(joined).startsWith("… ").endsWith(" …").contains("tổng thu ngân sách nhà nước").doesNotContain("\n");
		assertThat(joined.length()).isLessThan(140);
		assertThat(snippet.stream().filter(Fragment::match).map(Fragment::text)).containsExactly("thu", "ngân", "sách");
	}

	@Test
	void aShortTextIsWhole() {
		assertThat(SearchText.snippet("thu ngân sách", List.of("sach"), 240))
			.containsExactly(new Fragment("thu ngân ", false), new Fragment("sách", true));
		assertThat(SearchText.snippet("", List.of("sach"), 240)).isEmpty();
	}

}
