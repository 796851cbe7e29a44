package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Numbers in Vietnamese words (official format §10), in the read-vietnamese-number style with {@code linh},
 * {@code nghìn}, {@code tỷ} and {@code phẩy}:
 * <ul>
 * <li>11–19 are {@code mười} + unit, 5 read {@code lăm}; from 20 on {@code X mươi}, with 1 read {@code mốt}, 4
 * {@code tư}, 5 {@code lăm}: 15 mười lăm, 21 hai mươi mốt, 24 hai mươi tư, 25 hai mươi lăm;</li>
 * <li>tens of 0 after hundreds read {@code linh}: 105 một trăm linh năm;</li>
 * <li>a group of three digits that is not all zeros, other than the leading group, reads its zero hundreds:
 * 1.005 một nghìn không trăm linh năm; groups that are all zeros are skipped: 1.000.500 một triệu năm trăm;</li>
 * <li>scales are nghìn, triệu, tỷ, then repeat on top of tỷ: 10<sup>12</sup> một nghìn tỷ, 10<sup>15</sup> một
 * triệu tỷ, 10<sup>18</sup> một tỷ tỷ;</li>
 * <li>a negative number starts with {@code âm}; decimals follow {@code phẩy}, without trailing zeros; a fraction of
 * two digits is read as a pair (1,05 một phẩy không năm; 1,25 một phẩy hai mươi lăm), of three digits as a group of
 * three (1,005 một phẩy không trăm linh năm), longer ones digit by digit.</li>
 * </ul>
 * The words are in Unicode NFC, separated by single spaces.
 */
public final class VietnameseNumberWords {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	/** Scale words of a group of three digits by its position modulo 3; {@code tỷ} is added on top. */
	private static final String[] SCALES = { null, "nghìn", "triệu" };

	private static final String BILLION = "tỷ";

	private VietnameseNumberWords() {
	}

	/** Reads an integer: {@code 1005} → {@code một nghìn không trăm linh năm}. */
	public static String toWords(long value) {
		return toWords(BigDecimal.valueOf(value));
	}

	/**
	 * Reads a number of any size: {@code -1.05} → {@code âm một phẩy không năm}. Trailing zeros of the fraction are
	 * not read: {@code 1.50} and {@code 1.5} are both {@code một phẩy năm}; zero is {@code không}, never negative.
	 */
	public static String toWords(BigDecimal value) {
		Objects.requireNonNull(value, "value");
		BigDecimal number = value.stripTrailingZeros();
		List<String> words = new ArrayList<>();
		if (number.signum() < 0) {
			words.add("âm");
		}
		String plain = number.abs().toPlainString();
		int point = plain.indexOf('.');
		readInteger((point < 0) ? plain : plain.substring(0, point), words);
		if (point >= 0) {
			words.add("phẩy");
			readFraction(plain.substring(point + 1), words);
		}
		return String.join(" ", words);
	}

	/**
	 * Reads an amount of money in đồng as written under a figure: first letter capitalised, followed by
	 * {@code đồng}: {@code 1796000000} → {@code Một tỷ bảy trăm chín mươi sáu triệu đồng}.
	 */
	public static String amountInWords(BigDecimal dong) {
		String words = toWords(dong);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
	}

	private static void readInteger(String digits, List<String> words) {
		int padding = (3 - digits.length() % 3) % 3;
		String padded = "0".repeat(padding) + digits;
		int groups = padded.length() / 3;
		for (int index = 0; index < groups; index++) {
			int a = padded.charAt(3 * index) - '0';
			int b = padded.charAt(3 * index + 1) - '0';
			int c = padded.charAt(3 * index + 2) - '0';
			int fromRight = groups - 1 - index;
			if (a != 0 || b != 0 || c != 0 || groups == 1) {
				readThreeDigits(a, b, c, index > 0, words);
				String scale = SCALES[fromRight % 3];
				if (scale != null) {
					words.add(scale);
				}
			}
			if (fromRight > 0 && fromRight % 3 == 0) {
				words.add(BILLION);
			}
		}
	}

	private static void readFraction(String digits, List<String> words) {
		switch (digits.length()) {
			case 2 -> {
				int b = digits.charAt(0) - '0';
				if (b == 0) {
					words.add(DIGITS[0]);
				}
				readLastTwoDigits(b, digits.charAt(1) - '0', words);
			}
			case 3 -> readThreeDigits(digits.charAt(0) - '0', digits.charAt(1) - '0', digits.charAt(2) - '0', true,
					words);
			default -> {
				for (int i = 0; i < digits.length(); i++) {
					words.add(DIGITS[digits.charAt(i) - '0']);
				}
			}
		}
	}

	private static void readThreeDigits(int a, int b, int c, boolean readZeroHundreds, List<String> words) {
		boolean hundreds = a != 0 || readZeroHundreds;
		if (hundreds) {
			words.add(DIGITS[a]);
			words.add("trăm");
			if (b == 0) {
				if (c == 0) {
					return;
				}
				words.add("linh");
			}
		}
		readLastTwoDigits(b, c, words);
	}

	private static void readLastTwoDigits(int b, int c, List<String> words) {
		if (b == 0) {
			words.add(DIGITS[c]);
			return;
		}
		if (b == 1) {
			words.add("mười");
		}
		else {
			words.add(DIGITS[b]);
			words.add("mươi");
		}
		if (c == 5) {
			words.add("lăm");
		}
		else if (c == 1 && b > 1) {
			words.add("mốt");
		}
		else if (c == 4 && b > 1) {
			words.add("tư");
		}
		else if (c != 0) {
			words.add(DIGITS[c]);
		}
	}

}
