package vn.ubnd.baocao.system;

import java.text.Normalizer;

/**
 * Text as the portal stores it: Unicode NFC (decomposed Vietnamese places accents wrongly when printed), without
 * control characters other than line breaks and tabs, with Windows line breaks made plain.
 */
public final class Texts {

	private Texts() {
	}

	/** Returns the text in NFC without control characters; {@code null} stays {@code null}. */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder clean = null;
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			boolean drop = (Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\uFEFF';
			if (drop && clean == null) {
				clean = new StringBuilder(nfc.length()).append(nfc, 0, i);
			}
			if (clean != null && !drop) {
				clean.append(c);
			}
			if (clean != null && c == '\r' && (i + 1 >= nfc.length() || nfc.charAt(i + 1) != '\n')) {
				clean.append('\n');
			}
		}
		return clean == null ? nfc : clean.toString();
	}

	/** Normalises and trims; blank becomes {@code null}. */
	public static String clean(String text) {
		String normalized = normalize(text);
		if (normalized == null) {
			return null;
		}
		String trimmed = normalized.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** The text with its first letter in lower case, to stand inside a sentence ("Huyện Phú Sơn" → "huyện Phú Sơn"). */
	public static String lowerFirst(String text) {
		return (text == null || text.isEmpty()) ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
