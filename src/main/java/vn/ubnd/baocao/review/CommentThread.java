package vn.ubnd.baocao.review;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's remark on a section of a report, with the answers to it.
 * @param id the thread
 * @param reportId the report
 * @param sectionId the section it is about (which the clerk may since have removed)
 * @param sectionTitle the section's title when the thread was opened
 * @param quote the words it is about, as they stood in the section, or {@code null}
 * @param status open or resolved
 * @param comments the opening comment first, then the replies in order
 * @param resolvedByName who resolved it, while resolved
 * @param resolvedAt when, while resolved
 */
public record CommentThread(long id, long reportId, long sectionId, String sectionTitle, String quote,
		ThreadStatus status, List<Comment> comments, String resolvedByName, Instant resolvedAt) {

	public boolean isOpen() {
		return this.status == ThreadStatus.OPEN;
	}

	/** The reviewer's remark that opened the thread. */
	public Comment opening() {
		return this.comments.get(0);
	}

	/** The answers, in order. */
	public List<Comment> replies() {
		return this.comments.subList(1, this.comments.size());
	}

}
