package vn.ubnd.baocao.indicator;

/**
 * A text that is not a number written the Vietnamese way. Carries the key of the Vietnamese message
 * ({@value #MESSAGE_KEY}, whose argument {@code {0}} is the {@link #input() input}).
 */
public class VietnameseNumberFormatException extends NumberFormatException {

	/** The key of the message shown to the user. */
	public static final String MESSAGE_KEY = "number.malformed";

	private final String input;

	public VietnameseNumberFormatException(String input) {
		super(MESSAGE_KEY + ": \"" + input + "\"");
		this.input = input;
	}

	/** The text that could not be read, as given ({@code null} if none was). */
	public String input() {
		return this.input;
	}

	public String messageKey() {
		return MESSAGE_KEY;
	}

}
