package vn.ubnd.baocao.review;

import java.util.List;

/**
 * The threads on one section, for a list in reading order.
 * @param sectionId the section
 * @param number its computed number as printed ({@code I.}, {@code 1.}, {@code a)}), or {@code null} if the section
 * has been removed
 * @param title its title now, or as it was when the first thread was opened if it has been removed
 * @param removed whether the clerk has removed the section since
 * @param threads its threads, oldest first
 */
public record SectionThreads(long sectionId, String number, String title, boolean removed,
		List<CommentThread> threads) {

	public long openCount() {
		return this.threads.stream().filter(CommentThread::isOpen).count();
	}

}
