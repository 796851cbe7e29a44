package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written the Vietnamese way (official format §9): "." groups thousands, "," marks decimals, a percentage
 * has no space before its sign. Rounding is always {@link RoundingMode#HALF_UP}, as people round by hand.
 * <p>
 * Reading is strict, because a misread figure in an issued report is worse than a refused one. {@code 1.234} is one
 * thousand two hundred thirty-four, never one point two three four. Accepted: an optional sign ({@code -}, the
 * minus sign U+2212 or {@code +}); an integer part either without separators ({@code 2024}, {@code 1234567}) or
 * grouped by three with "." after a first group of one to three digits not starting with 0 ({@code 1.234.567}); an
 * optional "," followed by at least one digit; an optional trailing {@code %}. Spaces around the number (including
 * no-break spaces) and before the {@code %} are ignored. Everything else is refused, e.g. {@code 1,2,3},
 * {@code 1.23.4}, {@code 12.34}, {@code 0.5}, {@code 1..2}, {@code 1 234}, {@code ,5}, {@code 5,}, {@code --1}.
 */
public final class VietnameseNumbers {

	private static final Pattern NUMBER = Pattern
		.compile("([-+\u2212])?([0-9]+|[1-9][0-9]{0,2}(?:\\.[0-9]{3})+)(?:,([0-9]+))?");

	private VietnameseNumbers() {
	}

	/**
	 * Writes the value with exactly as many decimals as its scale: {@code 1234.50} → {@code 1.234,50}. A negative
	 * scale is written as an integer.
	 */
	public static String format(BigDecimal value) {
		Objects.requireNonNull(value, "value");
		return write(value.setScale(Math.max(value.scale(), 0)));
	}

	/**
	 * Writes the value rounded half-up to the given number of decimals: {@code 1234567.891}, 2 →
	 * {@code 1.234.567,89}; {@code -1234.45}, 1 → {@code -1.234,5}. A value that rounds to zero has no minus sign.
	 */
	public static String format(BigDecimal value, int decimals) {
		Objects.requireNonNull(value, "value");
		return write(value.setScale(requireDecimals(decimals), RoundingMode.HALF_UP));
	}

	/** Writes an integer grouped by thousands: {@code 1234567} → {@code 1.234.567}. */
	public static String format(long value) {
		return write(BigDecimal.valueOf(value));
	}

	/**
	 * Writes a percentage (the value is already multiplied by 100) rounded half-up, without a space before the sign:
	 * {@code 100.3717}, 2 → {@code 100,37%}; {@code 80.6}, 2 → {@code 80,60%}.
	 */
	public static String formatPercent(BigDecimal percent, int decimals) {
		return format(percent, decimals) + "%";
	}

	/** Writes a year or a document number, which are never grouped: {@code 2024} → {@code 2024}. */
	public static String formatUngrouped(long value) {
		return Long.toString(value);
	}

	/**
	 * Reads a number written the Vietnamese way, keeping the decimals as written ({@code 100,30} → {@code 100.30}). A
	 * trailing {@code %} is accepted and dropped: {@code 100,3%} → {@code 100.3}.
	 * @throws VietnameseNumberFormatException if the text is {@code null}, blank or not such a number
	 */
	public static BigDecimal parse(String text) {
		if (text == null) {
			throw new VietnameseNumberFormatException(null);
		}
		String number = strip(text);
		if (number.endsWith("%")) {
			number = strip(number.substring(0, number.length() - 1));
		}
		Matcher matcher = NUMBER.matcher(number);
		if (!matcher.matches()) {
			throw new VietnameseNumberFormatException(text);
		}
		String sign = matcher.group(1);
		String integer = matcher.group(2).replace(".", "");
		String fraction = matcher.group(3);
		String plain = ((sign != null && !sign.equals("+")) ? "-" : "") + integer
				+ ((fraction != null) ? "." + fraction : "");
		return new BigDecimal(plain);
	}

	private static int requireDecimals(int decimals) {
		if (decimals < 0) {
			throw new IllegalArgumentException("decimals must not be negative: " + decimals);
		}
		return decimals;
	}

	private static String write(BigDecimal value) {
		int scale = value.scale();
		String digits = value.unscaledValue().abs().toString();
		if (digits.length() <= scale) {
			digits = "0".repeat(scale - digits.length() + 1) + digits;
		}
		int integerLength = digits.length() - scale;
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
		if (value.signum() < 0) {
			out.append('-');
		}
		for (int i = 0; i < integerLength; i++) {
			if (i > 0 && (integerLength - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		if (scale > 0) {
			out.append(',').append(digits, integerLength, digits.length());
		}
		return out.toString();
	}

	private static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
