package vn.ubnd.baocao.rendering;

import vn.ubnd.baocao.system.Texts;

/**
 * A piece of running text inside a paragraph or a bullet: either text with its emphasis or the call of a footnote.
 */
public sealed interface Inline {

	/** Plain text. */
	static Text text(String text) {
		return new Text(text, false, false);
	}

	/** Bold text, e.g. a run-in number {@code "1. "}. */
	static Text bold(String text) {
		return new Text(text, true, false);
	}

	/** Italic text, e.g. {@code "Nguyên nhân"}. */
	static Text italic(String text) {
		return new Text(text, false, true);
	}

	/** The call of footnote {@code number}. */
	static FootnoteRef footnote(int number) {
		return new FootnoteRef(number);
	}

	/**
	 * Text with its emphasis; stored in NFC.
	 *
	 * @param text the text, not empty
	 * @param bold whether it is bold
	 * @param italic whether it is italic
	 */
	record Text(String text, boolean bold, boolean italic) implements Inline {

		public Text {
			text = Texts.normalize(text);
			if (text == null || text.isEmpty()) {
				throw new IllegalArgumentException("Inline text must not be empty");
			}
		}

	}

	/**
	 * The call of a footnote, placed right after the word or sentence it annotates.
	 *
	 * @param number the number of a {@link Footnote} of the document
	 */
	record FootnoteRef(int number) implements Inline {

		public FootnoteRef {
			if (number < 1) {
				throw new IllegalArgumentException("Footnote numbers start at 1: " + number);
			}
		}

	}

}
