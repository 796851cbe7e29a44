package vn.ubnd.baocao.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about a piece of Vietnamese text that the importer's heuristics ask: does it end a sentence, does it
 * hold more than one, is it upper case, does it start in lower case.
 */
final class Prose {

	/** Length above which a finished sentence is running text, not a title. */
	static final int LONGEST_SENTENCE_TITLE = 200;

	/** Length up to which an unfinished line reads as a title (for repeated numbers and warnings). */
	static final int SHORT_TITLE = 120;

	private static final Pattern SENTENCE_BREAK = Pattern
		.compile("([\\p{L}\\p{N}%)”\"’]+)[.!?…]+[\"”’)]*\\s+[\"“(]?(\\p{Lu})");

	private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s\"”’)\\]*]+$");

	private Prose() {
	}

	/** Whether the text ends with a sentence's final mark ({@code . ! ? ; …}, quotes and brackets aside). */
	static boolean endsSentence(String text) {
		String trimmed = TRAILING_CLOSERS.matcher(text).replaceAll("");
		if (trimmed.isEmpty()) {
			return false;
		}
		char last = trimmed.charAt(trimmed.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == ';' || last == '…';
	}

	/**
	 * Whether a line ends where a paragraph may end ({@code . ! ? : ; …}, ignoring closing quotes); a line that does
	 * not is continued by the next one when that one starts in lower case.
	 */
	static boolean endsParagraph(String text) {
		String trimmed = TRAILING_CLOSERS.matcher(text).replaceAll("");
		if (trimmed.isEmpty()) {
			return true;
		}
		char last = trimmed.charAt(trimmed.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '…';
	}

	/**
	 * Whether the text holds a sentence break: a final mark followed by a capital letter. A mark after a short
	 * capitalised abbreviation ({@code TT.}, {@code TP.}, {@code ThS.}) is not a break.
	 */
	static boolean hasSentenceBreak(String text) {
		Matcher matcher = SENTENCE_BREAK.matcher(text);
		while (matcher.find()) {
			String word = matcher.group(1);
			boolean abbreviation = word.length() <= 3 && Character.isUpperCase(word.codePointAt(0))
					&& word.chars().allMatch(Character::isLetter);
			if (!abbreviation) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text reads as a short title: not a finished sentence, not several, not long. */
	static boolean isShortTitle(String text) {
		return text.length() <= SHORT_TITLE && !endsSentence(text) && !hasSentenceBreak(text);
	}

	/** Whether the text has letters and none of them is lower case. */
	static boolean isUpperCase(String text) {
		boolean letters = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters;
	}

	/** Whether the first letter or digit of the text is a lower-case letter. */
	static boolean startsLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				return Character.isLowerCase(c);
			}
		}
		return false;
	}

}
