package vn.ubnd.baocao.checking;

import java.util.ArrayList;
import java.util.List;

/** Sentences of running text. */
final class Prose {

	private Prose() {
	}

	/**
	 * The sentences of a text as {@code [start, end)} pairs. A sentence ends at {@code .}, {@code !} or {@code ?}
	 * followed by a space and a capital letter, a digit or an opening mark, or by the end of the text; an ellipsis
	 * ({@code ...}) does not end a sentence, nor does the dot inside {@code 1.234}.
	 */
	static List<int[]> sentences(String text) {
		List<int[]> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			if (c == '.' && ((i > 0 && text.charAt(i - 1) == '.') || (i + 1 < text.length() && text.charAt(i + 1) == '.'))) {
				continue;
			}
			int j = i + 1;
			if (j >= text.length()) {
				break;
			}
			if (!Character.isWhitespace(text.charAt(j))) {
				continue;
			}
			while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
				j++;
			}
			if (j < text.length()) {
				char next = text.charAt(j);
				if (Character.isUpperCase(next) || Character.isDigit(next) || next == '(' || next == '"'
						|| next == '“' || next == '-' || next == '+') {
					sentences.add(new int[] { start, i + 1 });
					start = j;
				}
			}
		}
		if (start < text.length()) {
			sentences.add(new int[] { start, text.length() });
		}
		return sentences;
	}

	/** The sentence holding the index. */
	static int[] sentenceAt(List<int[]> sentences, int index) {
		for (int[] sentence : sentences) {
			if (index >= sentence[0] && index < sentence[1]) {
				return sentence;
			}
		}
		return new int[] { index, index };
	}

	/** The sentence before the one holding the index, or {@code null}. */
	static int[] sentenceBefore(List<int[]> sentences, int index) {
		int[] previous = null;
		for (int[] sentence : sentences) {
			if (index >= sentence[0] && index < sentence[1]) {
				return previous;
			}
			previous = sentence;
		}
		return null;
	}

	/** The text between two indices, for a quote. */
	static String quote(String text, int start, int end) {
		return text.substring(Math.max(0, start), Math.min(text.length(), end)).strip();
	}

}
