package vn.ubnd.baocao.rendering;

import vn.ubnd.baocao.system.Texts;

/**
 * A footnote of the document, printed at the foot of the page that calls it.
 *
 * @param number its number; the footnotes of a document are numbered 1, 2, 3 … in the order they are called
 * @param text its text, stored in NFC
 */
public record Footnote(int number, String text) {

	public Footnote {
		if (number < 1) {
			throw new IllegalArgumentException("Footnote numbers start at 1: " + number);
		}
		text = Texts.clean(text);
		if (text == null) {
			throw new IllegalArgumentException("Footnote " + number + " has no text");
		}
	}

}
