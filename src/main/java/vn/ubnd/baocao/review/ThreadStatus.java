package vn.ubnd.baocao.review;

/**
 * Whether a comment thread still waits for an answer or a change.
 */
public enum ThreadStatus {

	OPEN, RESOLVED;

	public String messageKey() {
		return "review.status." + name();
	}

}
