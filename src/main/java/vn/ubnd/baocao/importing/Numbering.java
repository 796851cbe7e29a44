package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number at the start of a line and says whether one number continues another.
 * <ul>
 * <li>{@link NumberingKind#PART}: {@code Phần thứ nhất} … {@code Phần thứ mười}, {@code Phần I}, {@code Phần 1}, in
 * any case, the title after it or on the next line.</li>
 * <li>{@link NumberingKind#LETTER}: a capital and a dot, {@code A.}; {@link NumberingKind#ROMAN}: {@code I.} to
 * {@code XXXIX.}. {@code I.}, {@code V.} and {@code X.} are read both ways, Roman first.</li>
 * <li>{@link NumberingKind#ARABIC}: one or two digits and a dot, {@code 1.}; {@link NumberingKind#DECIMAL}: two to
 * five dotted groups of one or two digits, the final dot optional ({@code 5.1}, {@code 2.1.1.}). Thousands such as
 * {@code 2.637} do not match: their groups have three digits.</li>
 * <li>{@link NumberingKind#POINT}: a lower-case letter and a bracket, {@code a)}; the letters follow the Vietnamese
 * alphabet, {@code a b c d đ e g h i k l m n o p q r s t u v x y}, and the Latin order ({@code e} after {@code d},
 * {@code f} after {@code e}) is accepted too.</li>
 * </ul>
 */
final class Numbering {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern PART = Pattern.compile(
			"^(?iu)(phần\\s+(?:thứ\\s+(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|([ivxlc]{1,6})|(\\d{1,2})))"
					+ "(?![\\p{L}\\p{N}])\\s*[.:\\-–—]?\\s*(.*)$");

	private static final Pattern LETTER_OR_ROMAN = Pattern.compile("^([A-Z]|[IVX]{1,6})\\.(?:\\s+(\\S.*))?$");

	private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\.(?:\\s+|(?=\\p{L})|$)(.*)$");

	private static final Pattern DECIMAL = Pattern
		.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,4})(\\.?)(?:\\s+|(?=\\p{L})|$)(.*)$");

	private static final Pattern POINT = Pattern.compile("^([a-zđ])\\)(?:\\s+|$)(.*)$");

	private static final Pattern ROMAN_NUMERAL = Pattern.compile("^(X{0,3})(IX|IV|V?I{0,3})$");

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("nhất", 1), Map.entry("hai", 2),
			Map.entry("ba", 3), Map.entry("tư", 4), Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6),
			Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10));

	private static final String VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy";

	private static final String LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private Numbering() {
	}

	/**
	 * The ways the start of the line can be read as a number, most likely first; empty when it is not numbered.
	 */
	static List<Label> read(String line) {
		List<Label> labels = new ArrayList<>(2);
		Matcher part = PART.matcher(line);
		if (part.matches()) {
			int value;
			if (part.group(2) != null) {
				value = ORDINALS.get(part.group(2).toLowerCase(VIETNAMESE));
			}
			else if (part.group(3) != null) {
				value = romanValue(part.group(3).toUpperCase(Locale.ROOT));
			}
			else {
				value = Integer.parseInt(part.group(4));
			}
			if (value > 0) {
				labels.add(new Label(NumberingKind.PART, part.group(1), part.group(1), part.group(5).strip(),
						new int[] { value }));
			}
			return labels;
		}
		Matcher letter = LETTER_OR_ROMAN.matcher(line);
		if (letter.matches()) {
			String symbol = letter.group(1);
			String text = (letter.group(2) != null) ? letter.group(2).strip() : "";
			int roman = romanValue(symbol);
			if (roman > 0) {
				labels.add(new Label(NumberingKind.ROMAN, symbol, symbol + ".", text, new int[] { roman }));
			}
			if (symbol.length() == 1) {
				labels.add(new Label(NumberingKind.LETTER, symbol, symbol + ".", text,
						new int[] { symbol.charAt(0) - 'A' + 1 }));
			}
			return labels;
		}
		Matcher decimal = DECIMAL.matcher(line);
		if (decimal.matches()) {
			String[] parts = decimal.group(1).split("\\.");
			int[] value = new int[parts.length];
			for (int i = 0; i < parts.length; i++) {
				value[i] = Integer.parseInt(parts[i]);
			}
			labels.add(new Label(NumberingKind.DECIMAL, decimal.group(1), decimal.group(1) + decimal.group(2),
					decimal.group(3).strip(), value));
			return labels;
		}
		Matcher arabic = ARABIC.matcher(line);
		if (arabic.matches()) {
			labels.add(new Label(NumberingKind.ARABIC, arabic.group(1), arabic.group(1) + ".",
					arabic.group(2).strip(), new int[] { Integer.parseInt(arabic.group(1)) }));
			return labels;
		}
		Matcher point = POINT.matcher(line);
		if (point.matches()) {
			String symbol = point.group(1);
			labels.add(new Label(NumberingKind.POINT, symbol, symbol + ")", point.group(2).strip(),
					new int[] { VIETNAMESE_LETTERS.indexOf(symbol) + 1 }));
		}
		return labels;
	}

	/**
	 * Whether {@code label} can open the numbering of a level under {@code parent} ({@code null} at the top): number
	 * one of its kind; for a dotted number, {@code x.1} where {@code x} is the parent's number when the parent is
	 * numbered with digits or Roman numerals.
	 */
	static boolean opens(Label label, Label parent) {
		int[] value = label.value();
		if (value[value.length - 1] != 1) {
			return false;
		}
		if (label.kind() != NumberingKind.DECIMAL || parent == null) {
			return true;
		}
		return switch (parent.kind()) {
			case ARABIC, ROMAN -> value.length == 2 && value[0] == parent.value()[0];
			case DECIMAL -> value.length == parent.value().length + 1 && startsWith(value, parent.value());
			default -> true;
		};
	}

	/** Whether {@code next} is the number after {@code previous} at the same level. */
	static boolean follows(Label previous, Label next) {
		if (previous.kind() != next.kind() || previous.rank() != next.rank()) {
			return false;
		}
		if (next.kind() == NumberingKind.POINT) {
			return isNextLetter(VIETNAMESE_LETTERS, previous.label(), next.label())
					|| isNextLetter(LATIN_LETTERS, previous.label(), next.label());
		}
		int[] before = previous.value();
		int[] after = next.value();
		int last = after.length - 1;
		for (int i = 0; i < last; i++) {
			if (before[i] != after[i]) {
				return false;
			}
		}
		return after[last] == before[last] + 1;
	}

	/** The value of a Roman numeral from I to XXXIX, 0 if it is not one. */
	static int romanValue(String numeral) {
		Matcher matcher = ROMAN_NUMERAL.matcher(numeral);
		if (numeral.isEmpty() || !matcher.matches()) {
			return 0;
		}
		int value = 10 * matcher.group(1).length();
		String units = matcher.group(2);
		return switch (units) {
			case "IX" -> value + 9;
			case "IV" -> value + 4;
			default -> value + (units.startsWith("V") ? 5 + units.length() - 1 : units.length());
		};
	}

	private static boolean isNextLetter(String alphabet, String previous, String next) {
		int before = alphabet.indexOf(previous);
		int after = alphabet.indexOf(next);
		return before >= 0 && after == before + 1;
	}

	private static boolean startsWith(int[] value, int[] prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if (value[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A number read at the start of a line.
	 *
	 * @param kind the kind of numbering
	 * @param label the number without punctuation ({@code "1.1"}, {@code "a"}, {@code "Phần thứ nhất"})
	 * @param marker the number as written, with its punctuation ({@code "1.1."}, {@code "a)"})
	 * @param text the rest of the line
	 * @param value the number's value: its components for a dotted number, otherwise one ordinal from 1
	 */
	record Label(NumberingKind kind, String label, String marker, String text, int[] value) {

		/**
		 * The nesting rank: a label nests under every open label of lower rank. Parts, letters, Roman, Arabic,
		 * dotted numbers by their number of components, points.
		 */
		int rank() {
			return switch (this.kind) {
				case PART -> 0;
				case LETTER -> 1;
				case ROMAN -> 2;
				case ARABIC -> 3;
				case DECIMAL -> 2 + this.value.length;
				case POINT -> 50;
			};
		}

		Label withText(String newText) {
			return new Label(this.kind, this.label, this.marker, newText, this.value);
		}

	}

}
