package vn.ubnd.baocao.checking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.checking.CheckedDocument.Section;
import vn.ubnd.baocao.checking.CheckedDocument.Style;
import vn.ubnd.baocao.checking.CheckedDocument.Text;
import vn.ubnd.baocao.report.NumberingStyle;

/**
 * The numbering as written, among the sections of one style under one parent and among the items of a numbered
 * list inside a section (a run of consecutive items with markers of one kind, {@code 1.} … or {@code a)} …):
 * <ul>
 * <li>the first is 1 (or a); each next one is the previous plus one;</li>
 * <li>the same number twice is {@link Finding.Code#NUMBERING_DUPLICATE}, a skipped one
 * {@link Finding.Code#NUMBERING_GAP}, a smaller one {@link Finding.Code#NUMBERING_ORDER};</li>
 * <li>letters follow the Vietnamese order a b c d đ e g h i k …: {@code e} right after {@code d} (đ skipped) and
 * the letters f, j, w, z are {@link Finding.Code#NUMBERING_ORDER}.</li>
 * </ul>
 * Dotted numbers ({@code 2.1.1}) are compared by their last component, and their other components must be those
 * of the parent when the parent is dotted or Arabic.
 */
final class NumberingRule {

	private static final List<String> ORDINALS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám",
			"chín", "mười");

	private static final Pattern ROMAN = Pattern.compile("^M*(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");

	private static final Pattern ARABIC_MARKER = Pattern.compile("^(\\d{1,3})[.)]$");

	private static final Pattern LETTER_MARKER = Pattern.compile("^([a-zđ])\\)$");

	private NumberingRule() {
	}

	/**
	 * Checks the numbering of the siblings and, below them, of their children; findings are reported at the path
	 * of the parent ({@code null} at the top).
	 */
	static void checkSections(Section parent, String parentPath, List<Section> siblings, List<Finding> findings) {
		Style parentStyle = (parent != null) ? parent.style() : null;
		for (Style style : Style.values()) {
			List<Section> run = siblings.stream().filter((section) -> section.style() == style).toList();
			if (run.isEmpty()) {
				continue;
			}
			List<String> labels = run.stream().map(Section::label).toList();
			List<String> quotes = run.stream().map(NumberingRule::quote).toList();
			String prefix = null;
			if (style == Style.DECIMAL && parent != null
					&& (parentStyle == Style.DECIMAL || parentStyle == Style.ARABIC)) {
				prefix = parent.label() + ".";
			}
			checkRun(parentPath, style, labels, quotes, prefix, findings);
		}
		for (Section section : siblings) {
			checkSections(section, CheckedDocument.path(parentPath, parent, section), section.children(), findings);
		}
	}

	private static String quote(Section section) {
		String punctuation = switch (section.style()) {
			case PART -> "";
			case POINT -> ")";
			default -> ".";
		};
		String text = (section.title() != null) ? section.title()
				: section.texts().stream().filter((t) -> !t.footnote()).map(Text::text).findFirst().orElse("");
		return (section.label() + punctuation + " " + text).strip();
	}

	static void checkLists(String section, List<Text> texts, List<Finding> findings) {
		List<String> run = new ArrayList<>();
		List<String> quotes = new ArrayList<>();
		Style runStyle = null;
		for (Text text : texts) {
			if (text.footnote()) {
				continue;
			}
			Style style = markerStyle(text.marker());
			if (style == null || (runStyle != null && style != runStyle)) {
				if (run.size() >= 2) {
					checkRun(section, runStyle, run, quotes, null, findings);
				}
				run = new ArrayList<>();
				quotes = new ArrayList<>();
				runStyle = null;
			}
			if (style != null) {
				runStyle = style;
				run.add(text.marker().substring(0, text.marker().length() - 1));
				quotes.add(text.marker() + " " + text.text());
			}
		}
		if (run.size() >= 2) {
			checkRun(section, runStyle, run, quotes, null, findings);
		}
	}

	private static Style markerStyle(String marker) {
		if (marker == null) {
			return null;
		}
		if (ARABIC_MARKER.matcher(marker).matches()) {
			return Style.ARABIC;
		}
		if (LETTER_MARKER.matcher(marker).matches()) {
			return Style.POINT;
		}
		return null;
	}

	private static void checkRun(String section, Style style, List<String> labels, List<String> quotes, String prefix,
			List<Finding> findings) {
		int previous = 0;
		for (int i = 0; i < labels.size(); i++) {
			String label = labels.get(i);
			if (prefix != null && !label.startsWith(prefix)) {
				findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NUMBERING_ORDER, section,
						quotes.get(i), label(style, previous + 1, prefix), label, label(style, previous + 1, prefix)));
				previous++;
				continue;
			}
			String own = prefix;
			if (style == Style.DECIMAL && own == null && label.contains(".")) {
				own = label.substring(0, label.lastIndexOf('.') + 1);
			}
			int ordinal = ordinal(style, label);
			if (ordinal <= 0) {
				if (style == Style.POINT && label.length() == 1 && "fjwz".contains(label)) {
					String expected = label(style, previous + 1, own);
					findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NUMBERING_ORDER, section,
							quotes.get(i), expected, label, expected));
					previous++;
				}
				continue;
			}
			String expected = label(style, previous + 1, own);
			if (ordinal == previous) {
				findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NUMBERING_DUPLICATE, section,
						quotes.get(i), expected, label, expected));
				continue;
			}
			if (ordinal < previous) {
				findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NUMBERING_ORDER, section, quotes.get(i),
						expected, label, expected));
				continue;
			}
			if (ordinal > previous + 1) {
				boolean skippedD = style == Style.POINT && previous == 4 && ordinal == 6;
				Finding.Code code = skippedD ? Finding.Code.NUMBERING_ORDER : Finding.Code.NUMBERING_GAP;
				findings.add(Finding.of(Finding.Severity.ERROR, code, section, quotes.get(i), expected, label,
						expected));
			}
			previous = ordinal;
		}
	}

	/** The position (from 1) of a label in its style, 0 if it cannot be read. */
	static int ordinal(Style style, String label) {
		String text = label.strip();
		switch (style) {
			case PART -> {
				String lower = text.toLowerCase(Locale.ROOT);
				Matcher words = Pattern.compile("^phần\\s+thứ\\s+(\\S+)$").matcher(lower);
				if (words.matches()) {
					return ORDINALS.indexOf(words.group(1)) + 1;
				}
				Matcher other = Pattern.compile("^(?iu)phần\\s+(\\S+)$").matcher(text);
				if (other.matches()) {
					String number = other.group(1);
					return number.matches("\\d+") ? Integer.parseInt(number) : roman(number);
				}
				return 0;
			}
			case LETTER -> {
				return (text.length() == 1 && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z') ? text.charAt(0) - 'A' + 1
						: 0;
			}
			case ROMAN -> {
				return roman(text);
			}
			case ARABIC -> {
				return text.matches("\\d{1,4}") ? Integer.parseInt(text) : 0;
			}
			case DECIMAL -> {
				String last = text.substring(text.lastIndexOf('.') + 1);
				return last.matches("\\d{1,4}") ? Integer.parseInt(last) : 0;
			}
			case POINT -> {
				return NumberingStyle.VIETNAMESE_LETTERS.indexOf(text.toLowerCase(Locale.ROOT)) + 1;
			}
			default -> {
				return 0;
			}
		}
	}

	private static int roman(String text) {
		if (text.isEmpty() || !ROMAN.matcher(text).matches()) {
			return 0;
		}
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		int total = 0;
		int i = 0;
		for (int s = 0; s < values.length; s++) {
			while (text.startsWith(symbols[s], i)) {
				total += values[s];
				i += symbols[s].length();
			}
		}
		return total;
	}

	/** The label of the n-th item of a style, as the report module writes it, without punctuation. */
	static String label(Style style, int n, String prefix) {
		NumberingStyle numbering = switch (style) {
			case PART -> NumberingStyle.PART;
			case LETTER -> NumberingStyle.LETTER;
			case ROMAN -> NumberingStyle.ROMAN;
			case ARABIC -> NumberingStyle.ARABIC;
			case DECIMAL -> NumberingStyle.DECIMAL;
			case POINT -> NumberingStyle.POINT;
		};
		String parent = (prefix != null) ? prefix.substring(0, prefix.length() - 1) : null;
		String label = numbering.label(n, parent);
		while (label.endsWith(".") || label.endsWith(")")) {
			label = label.substring(0, label.length() - 1);
		}
		return label;
	}

}
