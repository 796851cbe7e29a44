package vn.ubnd.baocao.versions.internal;

import java.util.ArrayList;
import java.util.List;

import vn.ubnd.baocao.system.Texts;

/**
 * Text cut into the pieces a word diff compares, after NFC normalisation (so a word typed with combining accents is
 * the same word as its precomposed form): words (letters, digits and their combining marks: {@code Phường},
 * {@code đạt}), numbers and dates with their separators ({@code 1.234,5}, {@code 2.1.1}, {@code 08/07/2026}), runs of white space, and every other
 * character on its own ({@code ,}, {@code (}, {@code %}). Joined again, the tokens give the text back.
 */
public final class Tokens {

	private Tokens() {
	}

	public static List<String> of(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return tokens;
		}
		String nfc = Texts.normalize(text);
		int length = nfc.length();
		int i = 0;
		while (i < length) {
			int start = i;
			int cp = nfc.codePointAt(i);
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				while (i < length && (Character.isWhitespace(nfc.codePointAt(i))
						|| Character.isSpaceChar(nfc.codePointAt(i)))) {
					i += Character.charCount(nfc.codePointAt(i));
				}
			}
			else if (isWordPart(cp)) {
				while (i < length) {
					int c = nfc.codePointAt(i);
					if (isWordPart(c)) {
						i += Character.charCount(c);
					}
					else if ((c == '.' || c == ',' || c == '/') && i > start && Character.isDigit(nfc.codePointBefore(i))
							&& i + 1 < length && Character.isDigit(nfc.codePointAt(i + 1))) {
						// a separator inside a number or a date: 1.234,5 and 08/07/2026
						i++;
					}
					else {
						break;
					}
				}
			}
			else {
				i += Character.charCount(cp);
			}
			tokens.add(nfc.substring(start, i));
		}
		return tokens;
	}

	/** Whether the token is white space only. */
	public static boolean isSpace(String token) {
		return !token.isEmpty() && token.codePoints().allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c));
	}

	/** Whether the token is a word or a number (not white space, not punctuation). */
	public static boolean isWord(String token) {
		return !token.isEmpty() && isWordPart(token.codePointAt(0));
	}

	private static boolean isWordPart(int cp) {
		if (Character.isLetterOrDigit(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}
