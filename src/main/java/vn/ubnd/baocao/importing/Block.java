package vn.ubnd.baocao.importing;

import java.util.List;
import java.util.Objects;

/**
 * A piece of running text inside a section (or the preamble, or the closing).
 * <p>
 * {@link #text()} is the text without its list marker, Markdown marks and HTML tags, in NFC; footnote references in
 * it are placeholders {@code [^id]} (see {@link Footnote}), and {@link #footnoteRefs()} lists their ids in order.
 *
 * @param kind what the block is
 * @param marker the list marker as written: {@code "-"} or {@code "+"} for a bullet, the label with its punctuation
 * for a numbered item ({@code "5."}, {@code "c)"}), {@code null} for a paragraph
 * @param level 1 for a {@code -} bullet, 2 for a {@code +} bullet, 0 otherwise
 * @param text the text
 * @param footnoteRefs the ids of the footnotes referenced in the text
 */
public record Block(Kind kind, String marker, int level, String text, List<String> footnoteRefs) {

	public Block {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		footnoteRefs = List.copyOf(footnoteRefs);
	}

	/** A paragraph; its footnote references are read from the placeholders in {@code text}. */
	public static Block paragraph(String text) {
		return new Block(Kind.PARAGRAPH, null, 0, text, Footnote.referencesIn(text));
	}

	/** A bullet item: {@code "-"} (level 1) or {@code "+"} (level 2). */
	public static Block bullet(String marker, String text) {
		return new Block(Kind.BULLET, marker, "+".equals(marker) ? 2 : 1, text, Footnote.referencesIn(text));
	}

	/** A numbered item that is not a section heading, with its label as written ({@code "5."}, {@code "c)"}). */
	public static Block numbered(String marker, String text) {
		return new Block(Kind.NUMBERED, marker, 0, text, Footnote.referencesIn(text));
	}

	/** What a block is. */
	public enum Kind {

		/** Running text. */
		PARAGRAPH,

		/** An item of a {@code -} or {@code +} list. */
		BULLET,

		/**
		 * A line that starts with a number or letter but does not open a section: an item of a list of legal bases,
		 * or a number that does not continue the numbering of its level.
		 */
		NUMBERED

	}

}
