package vn.ubnd.baocao.checking;

/**
 * A justification cannot be recorded or withdrawn now: the report is no longer editable, or the finding is no
 * longer among the checker's findings (the text changed since the panel was shown). The user is told why (409);
 * nothing is saved.
 */
public class JustificationStateException extends RuntimeException {

	private final String messageKey;

	public JustificationStateException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The key of the Vietnamese message. */
	public String messageKey() {
		return this.messageKey;
	}

}
