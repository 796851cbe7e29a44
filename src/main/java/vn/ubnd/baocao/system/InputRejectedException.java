package vn.ubnd.baocao.system;

import org.springframework.validation.BindingResult;

/**
 * An entry that breaks a rule of the domain: the form field it concerns (or {@code null} for the whole form) and the
 * key of the Vietnamese message. Controllers put it on the form with {@link #rejectOn(BindingResult)}; nothing has
 * been saved.
 */
public class InputRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InputRejectedException(String field, String messageKey) {
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

	/** Shows the message on the form: on its field, or above the form. */
	public void rejectOn(BindingResult result) {
		if (this.field == null) {
			result.reject(this.messageKey);
		}
		else {
			result.rejectValue(this.field, this.messageKey);
		}
	}

}
