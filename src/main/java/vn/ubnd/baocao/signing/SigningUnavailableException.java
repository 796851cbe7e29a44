package vn.ubnd.baocao.signing;

/**
 * The unit cannot sign: it has no certificate, or its certificate is not valid at the signing time. Thrown inside
 * the issuing transaction, which rolls back (the register number is given back); the key names the Vietnamese
 * message for the chair.
 */
public class SigningUnavailableException extends RuntimeException {

	private final String messageKey;

	public SigningUnavailableException(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
