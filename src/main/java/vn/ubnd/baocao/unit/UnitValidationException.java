package vn.ubnd.baocao.unit;

/**
 * An entry that breaks a rule about units: the field it concerns (or {@code null} for the whole form) and the key of
 * the Vietnamese message.
 */
public class UnitValidationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public UnitValidationException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
