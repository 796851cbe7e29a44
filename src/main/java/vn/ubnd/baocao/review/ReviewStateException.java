package vn.ubnd.baocao.review;

/**
 * The report or the thread is not in a state that allows this (a thread opened on a report that is not submitted, a
 * reply once the report is accepted or the thread resolved): the user is told why (409), nothing is saved.
 */
public class ReviewStateException extends RuntimeException {

	private final String messageKey;

	public ReviewStateException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The key of the Vietnamese message. */
	public String messageKey() {
		return this.messageKey;
	}

}
