package vn.ubnd.baocao.checking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.indicator.VietnameseNumberFormatException;
import vn.ubnd.baocao.indicator.VietnameseNumbers;

/**
 * A figure with its unit as it stands in prose: {@code 1.620 hộ}, {@code 7,28%}, {@code 270 tỷ đồng},
 * {@code 3 tỷ 998 triệu đồng}. Money is kept in đồng; other units keep their scale word ({@code 1.351 triệu con} is
 * of unit {@code triệu con}), so that only like is compared with like.
 *
 * @param value the value (in đồng for money)
 * @param unit the unit: {@code %}, {@code đồng}, or the first word after the figure in lower case
 * ({@code người}, {@code ha}, {@code đồng chí}, {@code triệu con}); {@code null} if no word follows
 * @param decimals the number of decimals written
 * @param start the index of the figure in the text
 * @param end the index after the unit
 * @param depth how many parentheses are open at the figure
 * @param plainCount whether the figure is a whole count of things: no scale word, not money, not a measure
 */
record Amount(BigDecimal value, String unit, int decimals, int start, int end, int depth, boolean plainCount) {

	private static final Pattern NUMBER = Pattern
		.compile("(?<![\\p{L}\\p{N}/.,\\-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![\\p{N}]|[.,/]\\d)");

	private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}\\p{M}]+)");

	private static final Set<String> SCALES = Set.of("nghìn", "ngàn", "triệu", "tỷ", "tỉ");

	/** Words before a figure that make it a year, a date, a document number or a rank, never a quantity. */
	private static final Set<String> NOT_QUANTITY = Set.of("năm", "ngày", "tháng", "số", "khóa", "khoá", "kỳ", "thứ",
			"điều", "khoản", "mục", "phần", "chương", "quý", "lần", "đợt", "giai", "iso", "lộ", "mã", "hạng", "loại", "cấp",
			"độ", "tuổi", "định", "nghị", "hoạch");

	/** Units that measure rather than count. */
	private static final Set<String> MEASURES = Set.of("%", "đồng", "ha", "tấn", "tạ", "kg", "km", "m", "m2", "m3",
			"lít", "mét", "héc", "giờ", "phút", "ngày", "tháng", "năm", "lần", "sao", "tuổi");

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	/**
	 * The last text read on this thread and its figures: the sum, ratio, share and amount-in-words rules each ask for
	 * the figures of the same paragraph in turn, and reading them is most of the checker's work. The figures depend
	 * on the text alone.
	 */
	private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

	private record Read(String text, List<Amount> amounts) {
	}

	boolean percent() {
		return "%".equals(this.unit);
	}

	boolean money() {
		return "đồng".equals(this.unit);
	}

	/** Whether both have the same unit. */
	boolean sameUnit(Amount other) {
		return this.unit != null && this.unit.equals(other.unit);
	}

	/** The figures of a text, in order, without years, dates, document numbers and codes (not modifiable). */
	static List<Amount> in(String text) {
		Read last = LAST.get();
		if (last != null && last.text().equals(text)) {
			return last.amounts();
		}
		List<Amount> amounts = List.copyOf(read(text));
		LAST.set(new Read(text, amounts));
		return amounts;
	}

	private static List<Amount> read(String text) {
		List<Amount> amounts = new ArrayList<>();
		int[] depths = depths(text);
		Matcher matcher = NUMBER.matcher(text);
		int from = 0;
		while (from < text.length() && matcher.find(from)) {
			from = matcher.end();
			int start = matcher.start();
			int end = matcher.end();
			if (end < text.length() && (Character.isLetter(text.charAt(end)) && text.charAt(end) != 'đ'
					|| text.charAt(end) == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))
					|| text.charAt(end) == ':' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
				continue;
			}
			if (end < text.length() && text.charAt(end) == 'đ' && end + 1 < text.length()
					&& Character.isLetter(text.charAt(end + 1))) {
				continue;
			}
			String before = previousWord(text, start);
			if (NOT_QUANTITY.contains(before) || "/".equals(before)) {
				continue;
			}
			BigDecimal value;
			try {
				value = VietnameseNumbers.parse(matcher.group());
			}
			catch (VietnameseNumberFormatException ex) {
				continue;
			}
			int decimals = (matcher.group(2) != null) ? matcher.group(2).length() : 0;
			Amount amount = unit(text, value, decimals, start, end, depths[start]);
			if (amount != null) {
				amounts.add(amount);
				from = Math.max(from, amount.end());
			}
		}
		return amounts;
	}

	private static Amount unit(String text, BigDecimal value, int decimals, int start, int end, int depth) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '%') {
			return new Amount(value, "%", decimals, start, i + 1, depth, false);
		}
		Matcher word = WORD.matcher(text);
		if (!word.find(end)) {
			return new Amount(value, null, decimals, start, end, depth, false);
		}
		String first = word.group(1).toLowerCase(Locale.ROOT);
		int after = word.end();
		if (SCALES.contains(first)) {
			BigDecimal scaled = value.multiply(scale(first));
			Matcher next = WORD.matcher(text);
			boolean found = next.find(after);
			String second = found ? next.group(1).toLowerCase(Locale.ROOT) : null;
			int secondEnd = found ? next.end() : after;
			if (isDong(second, text, secondEnd)) {
				return new Amount(scaled, "đồng", decimals, start, secondEnd, depth, false);
			}
			// "3 tỷ 998 triệu đồng"
			Matcher rest = NUMBER.matcher(text);
			if (rest.find(after) && text.substring(after, rest.start()).isBlank()) {
				Matcher restWord = WORD.matcher(text);
				if (restWord.find(rest.end())) {
					String restScale = restWord.group(1).toLowerCase(Locale.ROOT);
					if (SCALES.contains(restScale) && scale(restScale).compareTo(scale(first)) < 0) {
						Matcher dong = WORD.matcher(text);
						if (dong.find(restWord.end())
								&& isDong(dong.group(1).toLowerCase(Locale.ROOT), text, dong.end())) {
							try {
								BigDecimal part = VietnameseNumbers.parse(rest.group()).multiply(scale(restScale));
								return new Amount(scaled.add(part), "đồng", 0, start, dong.end(), depth, false);
							}
							catch (VietnameseNumberFormatException ex) {
								// not a compound amount
							}
						}
					}
				}
			}
			return new Amount(value, first + ((second != null) ? " " + second : ""), decimals, start, secondEnd, depth,
					false);
		}
		if (isDong(first, text, after)) {
			Matcher next = WORD.matcher(text);
			if ("đồng".equals(first) && next.find(after) && "chí".equals(next.group(1).toLowerCase(Locale.ROOT))) {
				return new Amount(value, "đồng chí", decimals, start, next.end(), depth, decimals == 0);
			}
			return new Amount(value, "đồng", decimals, start, after, depth, false);
		}
		if (first.equals("đ") || first.equals("đồng")) {
			// "đ/năm": a rate, not an amount
			return new Amount(value, first + "/", decimals, start, after, depth, false);
		}
		boolean count = decimals == 0 && !MEASURES.contains(first);
		return new Amount(value, first, decimals, start, after, depth, count);
	}

	private static boolean isDong(String word, String text, int after) {
		if (!"đồng".equals(word) && !"đ".equals(word)) {
			return false;
		}
		return after >= text.length() || text.charAt(after) != '/';
	}

	private static BigDecimal scale(String word) {
		return switch (word) {
			case "nghìn", "ngàn" -> THOUSAND;
			case "triệu" -> THOUSAND.pow(2);
			default -> THOUSAND.pow(3);
		};
	}

	private static String previousWord(String text, int index) {
		int i = index - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		if (i >= 0 && text.charAt(i) == '/') {
			return "/";
		}
		int end = i + 1;
		while (i >= 0 && Character.isLetter(text.charAt(i))) {
			i--;
		}
		return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
	}

	/** For each index, how many parentheses are open there. */
	static int[] depths(String text) {
		int[] depths = new int[text.length() + 1];
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			depths[i] = depth;
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
		}
		depths[text.length()] = depth;
		return depths;
	}

}
