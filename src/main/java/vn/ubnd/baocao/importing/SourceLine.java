package vn.ubnd.baocao.importing;

/**
 * One line of the imported text after cleaning (see {@link SourceText}).
 *
 * @param number the line number in the imported text, from 1
 * @param type what the line is
 * @param text the cleaned text; for a footnote, the footnote's text without its marker
 * @param footnoteId the footnote's id for a {@link Type#FOOTNOTE} line, otherwise {@code null}
 */
record SourceLine(int number, Type type, String text, String footnoteId) {

	boolean isText() {
		return this.type == Type.TEXT;
	}

	/** Whether the line separates paragraphs (blank, or conversion noise such as a page number). */
	boolean isBreak() {
		return this.type == Type.BLANK || this.type == Type.NOISE;
	}

	enum Type {

		/** Nothing left after cleaning. */
		BLANK,

		/** Conversion noise: a page number, a rule, markup alone. */
		NOISE,

		/** The text of a footnote, wherever it stands (page-break fragments or the end). */
		FOOTNOTE,

		/** Anything else. */
		TEXT

	}

}
