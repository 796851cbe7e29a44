package vn.ubnd.baocao.checking;

import java.util.List;
import java.util.Objects;

/**
 * One thing the checker found in a report.
 *
 * @param severity {@link Severity#ERROR} blocks submission unless the clerk records why the figure is right;
 * {@link Severity#WARNING} is shown only
 * @param code what kind of finding it is
 * @param section the full path of the section ({@code "I.1.3"}, {@code "III.3.d"}, {@code "Phần thứ nhất, II"};
 * see {@link CheckedDocument#path}), or {@code null} for the header and the closing
 * @param quote the words the finding is about, at most {@value #MAX_QUOTE} characters
 * @param messageKey the key of the Vietnamese message in {@code messages.properties}
 * @param arguments the arguments of the message ({@code {0}}, {@code {1}} …), already formatted
 * @param message the resolved message, {@code null} until served
 * @param expected the correct value, formatted the Vietnamese way, or {@code null} when the checker cannot say
 */
public record Finding(Severity severity, Code code, String section, String quote, String messageKey,
		List<String> arguments, String message, String expected) {

	/** The longest quote kept. */
	public static final int MAX_QUOTE = 200;

	public Finding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(messageKey, "messageKey");
		quote = shorten(quote);
		arguments = List.copyOf(arguments);
	}

	/** A finding whose message key is {@code checking.finding.} followed by the code. */
	static Finding of(Severity severity, Code code, String section, String quote, String expected,
			String... arguments) {
		return new Finding(severity, code, section, quote, "checking.finding." + code.name(), List.of(arguments), null,
				expected);
	}

	/** The same finding with its message resolved. */
	public Finding withMessage(String resolved) {
		return new Finding(this.severity, this.code, this.section, this.quote, this.messageKey, this.arguments,
				resolved, this.expected);
	}

	private static String shorten(String quote) {
		if (quote == null) {
			return null;
		}
		String text = quote.strip().replaceAll("\\s+", " ");
		return (text.length() <= MAX_QUOTE) ? text : text.substring(0, MAX_QUOTE - 1).strip() + "…";
	}

	/** How serious a finding is. */
	public enum Severity {

		/** Blocks submission unless explained. */
		ERROR,

		/** Shown, does not block. */
		WARNING

	}

	/** The kinds of findings. */
	public enum Code {

		/** The parts of a total do not add up to it, or exceed it. */
		SUM_MISMATCH,

		/** A percentage in prose does not match the two figures it is computed from. */
		RATIO_MISMATCH,

		/** Shares of one whole do not make 100%. */
		SHARE_NOT_100,

		/** An amount in figures and the same amount in words differ. */
		AMOUNT_WORDS_MISMATCH,

		/** A number or letter is skipped. */
		NUMBERING_GAP,

		/** A number or letter is written twice. */
		NUMBERING_DUPLICATE,

		/** A number or letter is out of order, or a letter is not in the Vietnamese order (f, j, w, z). */
		NUMBERING_ORDER,

		/** The unit's place name spelled with other diacritics. */
		NAME_MISSPELLED,

		/** The number and symbol ({@code Số: 05/BC-UBND}) not written by the rules. */
		NUMBER_FORMAT,

		/** The date line without the leading zeros the rules ask for, or with one they forbid. */
		DATE_FORMAT,

		/** A deputy signs without the {@code KT.} line. */
		SIGNATURE_DEPUTY,

		/** The recipients do not end with {@code Lưu: VT, …}. */
		RECIPIENTS_LAST

	}

}
