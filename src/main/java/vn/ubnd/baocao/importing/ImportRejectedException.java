package vn.ubnd.baocao.importing;

/**
 * A file that cannot be imported at all; {@link #messageKey()} names the Vietnamese message.
 */
public class ImportRejectedException extends RuntimeException {

	private final String messageKey;

	ImportRejectedException(String messageKey, String fileName) {
		super(messageKey + ": " + fileName);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
