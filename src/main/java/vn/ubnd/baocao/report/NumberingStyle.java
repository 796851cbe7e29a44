package vn.ubnd.baocao.report;

import java.util.List;

/**
 * How the sections at one depth are numbered. The numbers are computed from the section's place in the tree.
 */
public enum NumberingStyle {

	/** "Phần thứ nhất", "Phần thứ hai", … */
	PART,
	/** "A.", "B.", … */
	LETTER,
	/** "I.", "II.", … */
	ROMAN,
	/** "1.", "2.", … */
	ARABIC,
	/** "1.1.", "2.1.1.": the parent's Arabic or decimal number, a dot and the position. */
	DECIMAL,
	/** "a)", "b)", … in the Vietnamese letter order (a b c d đ e g h i k l m n o …). */
	POINT;

	/** The Vietnamese alphabet order used for points: no f, j, w, z; đ after d. */
	public static final List<String> VIETNAMESE_LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k",
			"l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");

	private static final String[] ORDINALS = { "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín",
			"mười" };

	/** The label of the {@code n}-th (1-based) section of this style under a parent labelled {@code parent}. */
	public String label(int n, String parentDecimal) {
		return switch (this) {
			case PART -> "Phần thứ " + (n <= ORDINALS.length ? ORDINALS[n - 1] : String.valueOf(n));
			case LETTER -> latinLetters(n) + ".";
			case ROMAN -> roman(n) + ".";
			case ARABIC -> n + ".";
			case DECIMAL -> (parentDecimal == null ? "" : parentDecimal + ".") + n + ".";
			case POINT -> vietnameseLetters(n) + ")";
		};
	}

	static String roman(int n) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = n;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(symbols[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

	static String latinLetters(int n) {
		StringBuilder out = new StringBuilder();
		int rest = n;
		while (rest > 0) {
			rest--;
			out.insert(0, (char) ('A' + rest % 26));
			rest /= 26;
		}
		return out.toString();
	}

	static String vietnameseLetters(int n) {
		int size = VIETNAMESE_LETTERS.size();
		if (n <= size) {
			return VIETNAMESE_LETTERS.get(n - 1);
		}
		return VIETNAMESE_LETTERS.get((n - 1) / size - 1) + VIETNAMESE_LETTERS.get((n - 1) % size);
	}

	/** Parses a comma-separated list of styles, one per depth. */
	public static List<NumberingStyle> parseScheme(String scheme) {
		return java.util.Arrays.stream(scheme.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.map(NumberingStyle::valueOf)
			.toList();
	}

	public static String formatScheme(List<NumberingStyle> scheme) {
		return String.join(",", scheme.stream().map(Enum::name).toList());
	}

}
