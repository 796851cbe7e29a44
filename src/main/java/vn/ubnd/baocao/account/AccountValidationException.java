package vn.ubnd.baocao.account;

/**
 * An account entry that breaks a rule: the field (or {@code null} for the form) and the message key.
 */
public class AccountValidationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountValidationException(String field, String messageKey) {
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
