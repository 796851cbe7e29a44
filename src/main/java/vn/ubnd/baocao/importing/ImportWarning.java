package vn.ubnd.baocao.importing;

import java.util.Objects;

/**
 * Something the importer noticed and the person importing should check.
 *
 * @param code what happened; {@link Code#messageKey()} names the Vietnamese message
 * @param line the line of the imported text (from 1), 0 when it concerns the whole text
 * @param excerpt the text concerned, shortened
 */
public record ImportWarning(Code code, int line, String excerpt) {

	public ImportWarning {
		Objects.requireNonNull(code, "code");
		excerpt = (excerpt != null && excerpt.length() > 80) ? excerpt.substring(0, 79) + "…" : excerpt;
	}

	/** The kinds of warning. */
	public enum Code {

		/** A number that looks like a heading does not continue its level's numbering; it was kept as text. */
		NUMBERING_NOT_CONTINUED,

		/** A heading repeats the number of the section before it ({@code d)} after {@code d)}); both were kept. */
		NUMBERING_REPEATED,

		/** A footnote is referenced but its text was not found. */
		FOOTNOTE_NOT_DEFINED,

		/** A footnote text was found but nothing refers to it. */
		FOOTNOTE_NOT_REFERENCED,

		/** The place and date line has no complete date. */
		DATE_INCOMPLETE,

		/** A line of the header was not understood and was left out. */
		HEADER_LINE_IGNORED,

		/** A line after the body (among the recipients and the signature) was not understood and was left out. */
		CLOSING_LINE_IGNORED,

		/** No numbered section was found: the whole body is in the preamble. */
		NO_SECTIONS;

		public String messageKey() {
			return "importing.warning." + name();
		}

	}

}
