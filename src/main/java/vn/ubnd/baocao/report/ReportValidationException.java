package vn.ubnd.baocao.report;

/**
 * An entry about a report that breaks a rule: the field (or {@code null}) and the message key.
 */
public class ReportValidationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ReportValidationException(String field, String messageKey) {
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
