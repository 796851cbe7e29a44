package vn.ubnd.baocao.checking;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ubnd.baocao.indicator.VietnameseNumberWords;

/**
 * An amount of money in figures followed by the same amount in words in parentheses:
 * {@code 1.796.000.000 đồng (Một tỷ bảy trăm chín mươi sáu triệu đồng)}. The words are compared with
 * {@link VietnameseNumberWords#amountInWords} after both are normalised: lower case, NFC, the variants ngàn → nghìn,
 * tỉ → tỷ, lẻ → linh, mốt → một, tư → bốn, lăm / nhăm → năm, bẩy → bảy, and without {@code đồng}, {@code chẵn} and
 * punctuation. Parentheses count as words in figures only if at least four in five of their words are number words
 * ({@code (Một tỷ …)} is; {@code (giá so sánh năm 2010)} is not).
 */
final class AmountWordsRule {

	private static final Set<String> NUMBER_WORDS = Set.of("không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm",
			"lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ",
			"tỉ", "linh", "lẻ", "đồng", "chẵn", "phẩy", "bằng", "chữ");

	private static final Map<String, String> VARIANTS = Map.of("ngàn", "nghìn", "tỉ", "tỷ", "lẻ", "linh", "mốt", "một",
			"tư", "bốn", "lăm", "năm", "nhăm", "năm", "bẩy", "bảy");

	private AmountWordsRule() {
	}

	static void check(String section, String text, List<Finding> findings) {
		for (Amount amount : Amount.in(text)) {
			if (!amount.money()) {
				continue;
			}
			int open = amount.end();
			while (open < text.length() && (text.charAt(open) == ' ' || text.charAt(open) == '*')) {
				open++;
			}
			if (open >= text.length() || text.charAt(open) != '(') {
				continue;
			}
			int close = text.indexOf(')', open);
			if (close < 0) {
				continue;
			}
			String written = text.substring(open + 1, close).strip();
			List<String> words = words(written);
			long numberWords = words.stream().filter(NUMBER_WORDS::contains).count();
			if (words.size() < 2 || numberWords * 5 < words.size() * 4) {
				continue;
			}
			String expected = VietnameseNumberWords.amountInWords(amount.value());
			if (!normalise(written).equals(normalise(expected))) {
				findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.AMOUNT_WORDS_MISMATCH, section,
						Prose.quote(text, amount.start(), close + 1), expected,
						text.substring(amount.start(), amount.end()), written, expected));
			}
		}
	}

	private static List<String> words(String text) {
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return Arrays.stream(lower.split("[^\\p{L}]+")).filter((word) -> !word.isEmpty()).toList();
	}

	static String normalise(String text) {
		return words(text).stream()
			.filter((word) -> !word.equals("đồng") && !word.equals("chẵn") && !word.equals("bằng")
					&& !word.equals("chữ"))
			.map((word) -> VARIANTS.getOrDefault(word, word))
			.collect(Collectors.joining(" "));
	}

}
