package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the lines of a converted report: what PDF and Word converters leave behind is removed, and footnote
 * markers become placeholders.
 * <ul>
 * <li>Markdown heading marks ({@code #} … {@code ######}) at the start of a line, bold ({@code **}, {@code __}),
 * emphasis ({@code *text*}), backslash escapes ({@code \*}, {@code 1\.}) and a leading {@code >} are removed.</li>
 * <li>HTML tags are removed and the common entities decoded; {@code <sup>…</sup>} is a footnote marker.</li>
 * <li>Footnote markers become {@code [^id]}: superscript digits ({@code ¹²³}), {@code <sup>1</sup>}, and
 * {@code [1]} when some line starts with {@code [1]} (its text). Superscript digits right after a unit of length
 * ({@code m²}, {@code km²}, {@code m³}) are exponents and stay.</li>
 * <li>A line that starts with a footnote marker is that footnote's text.</li>
 * <li>Noise lines (page numbers alone, {@code - 3 -}, {@code Trang 3}, {@code 3/12}, rules, markup alone) are
 * marked as such; they separate paragraphs like blank lines and never become text.</li>
 * </ul>
 * Non-breaking spaces and tabs become spaces, runs of spaces one space.
 */
final class SourceText {

	private static final Pattern SUP = Pattern.compile("(?i)<sup>\\s*([^<]*?)\\s*</sup>");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

	private static final Pattern HEADING_MARK = Pattern.compile("^\\s*(?:>\\s*)?#{1,6}(?=\\s|$)");

	private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*>\\s?");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`_{}\\[\\]()#+\\-.!>|~])");

	private static final Pattern EMPHASIS = Pattern
		.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\p{L}\\p{N}*])");

	private static final Pattern UNIT_EXPONENT = Pattern.compile("(?<!\\p{L})([kcdhm]?m)([²³])");

	private static final Pattern UNIT_BEFORE = Pattern.compile("(?<!\\p{L})[kcdhm]?m$");

	private static final Pattern SUPERSCRIPTS = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

	private static final Pattern BRACKET_REF = Pattern.compile("\\[(\\d{1,3})\\]");

	private static final Pattern BRACKET_DEFINITION = Pattern.compile("^\\s*\\[\\^?(\\d{1,3})\\]\\s*:?\\s*\\S");

	private static final Pattern FOOTNOTE_LINE = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]\\s*:?\\s*(\\S.*)$");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private static final List<Pattern> NOISE = List.of(Pattern.compile("^\\d{1,3}\\.?$"),
			Pattern.compile("^[-–—]\\s*\\d{1,3}\\s*[-–—]$"),
			Pattern.compile("^(?iu)trang\\s*\\d{1,3}(\\s*(/|trên)\\s*\\d{1,3})?$"),
			Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}$"), Pattern.compile("^[-_=*~·•.|:\\s]{3,}$"),
			Pattern.compile("^[*_#>|]+$"));

	private static final String ESCAPED_STAR = "\uE002";

	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private SourceText() {
	}

	/** Splits normalised text into cleaned lines. */
	static List<SourceLine> read(String text) {
		String[] raw = text.split("\n", -1);
		Set<String> bracketFootnotes = new HashSet<>();
		for (String line : raw) {
			Matcher definition = BRACKET_DEFINITION.matcher(line);
			if (definition.find()) {
				bracketFootnotes.add(definition.group(1));
			}
		}
		List<SourceLine> lines = new ArrayList<>(raw.length);
		for (int i = 0; i < raw.length; i++) {
			lines.add(classify(i + 1, clean(raw[i], bracketFootnotes)));
		}
		return lines;
	}

	/** The line without conversion marks, footnote markers as placeholders. */
	static String clean(String line, Set<String> bracketFootnotes) {
		String withoutBreaks = BR.matcher(line).replaceAll(" ");
		String text = replace(SUP, withoutBreaks,
				(matcher) -> supToMarker(matcher.group(1), withoutBreaks.substring(0, matcher.start())));
		text = TAG.matcher(text).replaceAll("");
		text = text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
		text = HEADING_MARK.matcher(text).replaceFirst("");
		text = QUOTE_MARK.matcher(text).replaceFirst("");
		text = text.replace("\\*", ESCAPED_STAR);
		text = ESCAPE.matcher(text).replaceAll("$1");
		text = text.replace("**", "").replace("__", "");
		text = EMPHASIS.matcher(text).replaceAll("$1");
		text = text.replace(ESCAPED_STAR, "*");
		text = footnoteMarkers(text, bracketFootnotes);
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	private static SourceLine classify(int number, String text) {
		if (text.isEmpty()) {
			return new SourceLine(number, SourceLine.Type.BLANK, text, null);
		}
		for (Pattern noise : NOISE) {
			if (noise.matcher(text).matches()) {
				return new SourceLine(number, SourceLine.Type.NOISE, text, null);
			}
		}
		Matcher footnote = FOOTNOTE_LINE.matcher(text);
		if (footnote.matches()) {
			return new SourceLine(number, SourceLine.Type.FOOTNOTE, footnote.group(2).strip(), footnote.group(1));
		}
		return new SourceLine(number, SourceLine.Type.TEXT, text, null);
	}

	private static String supToMarker(String content, String before) {
		if (content.isEmpty()) {
			return "";
		}
		if (content.matches("[23]") && UNIT_BEFORE.matcher(before).find()) {
			return String.valueOf(SUPERSCRIPT_DIGITS.charAt(content.charAt(0) - '0'));
		}
		String id = content.replaceAll("^\\[\\^?|\\]$", "");
		return id.matches("[\\p{L}\\p{N}_-]+") ? Footnote.placeholder(id) : content;
	}

	private static String footnoteMarkers(String text, Set<String> bracketFootnotes) {
		String protectedUnits = UNIT_EXPONENT.matcher(text).replaceAll((matcher) -> matcher.group(1)
				+ ((matcher.group(2).equals("²")) ? "\uE003" : "\uE004"));
		String marked = replace(SUPERSCRIPTS, protectedUnits, (matcher) -> {
			StringBuilder id = new StringBuilder();
			for (char c : matcher.group().toCharArray()) {
				id.append(SUPERSCRIPT_DIGITS.indexOf(c));
			}
			return Footnote.placeholder(id.toString());
		});
		if (!bracketFootnotes.isEmpty()) {
			marked = replace(BRACKET_REF, marked, (matcher) -> bracketFootnotes.contains(matcher.group(1))
					? Footnote.placeholder(matcher.group(1)) : matcher.group());
		}
		return marked.replace("\uE003", "²").replace("\uE004", "³");
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(with.apply(matcher)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
