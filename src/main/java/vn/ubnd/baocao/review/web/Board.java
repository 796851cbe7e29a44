package vn.ubnd.baocao.review.web;

import java.util.List;

import vn.ubnd.baocao.review.CommentThread;
import vn.ubnd.baocao.review.SectionThreads;

/**
 * What the comment fragments show: the summary panel (threads grouped by section in reading order) and, for every
 * section, its slot with its threads and forms.
 * @param reportId the report
 * @param place where the fragments are shown: the report page or the clerk's editor
 * @param groups the sections with threads, in reading order (in the editor: open threads only)
 * @param open how many threads are open
 * @param resolved how many are resolved
 * @param mayOpen whether the user may open threads (a reviewer on a submitted report)
 * @param slots every section's slot, in reading order, then those of removed sections with threads
 */
record Board(long reportId, Place place, List<SectionThreads> groups, long open, long resolved, boolean mayOpen,
		List<Slot> slots) {

	/** Whether the report has any thread at all. */
	public boolean hasThreads() {
		return this.open + this.resolved > 0;
	}

	public Slot slot(long sectionId) {
		return this.slots.stream()
			.filter((s) -> s.sectionId() == sectionId)
			.findFirst()
			.orElseThrow(() -> new vn.ubnd.baocao.system.NotFoundException("section " + sectionId));
	}

	/** The slots of sections the clerk removed (shown in the panel, as they have no place in the text). */
	public List<Slot> removedSlots() {
		return this.slots.stream().filter(Slot::removed).toList();
	}

	/** Where the comment fragments are shown. */
	enum Place {

		PAGE, EDITOR;

		static Place of(String value) {
			return "editor".equalsIgnoreCase(value) ? EDITOR : PAGE;
		}

		/** The value of the {@code in} field. */
		public String param() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A section's threads and forms.
	 * @param sectionId the section
	 * @param number its number ({@code null} if removed)
	 * @param title its title
	 * @param removed whether the clerk removed it
	 * @param threads the threads shown (in the editor: the open ones)
	 * @param openCount how many of its threads are open
	 * @param mayOpen whether the user may open a thread on it
	 * @param feedback what the last post on this section answered, or {@link Feedback#NONE}
	 */
	record Slot(long sectionId, String number, String title, boolean removed, List<Item> threads, long openCount,
			boolean mayOpen, Feedback feedback) {

		/** The element the slot's forms replace. */
		public String target() {
			return this.removed ? "#review-comments" : "#comments-" + this.sectionId;
		}

	}

	/** A thread with what the user may do with it. */
	record Item(CommentThread thread, boolean mayReply, boolean mayResolve, boolean mayReopen, boolean quoteStale) {
	}

	/**
	 * The answer to a post, shown in the slot: a message about the state (409), or the form as typed with the
	 * message on its field (422).
	 * @param alert the key of a message about the state, or {@code null}
	 * @param threadId the thread whose reply form was posted, or {@code null} for the form that opens a thread
	 * @param quote the quote as typed
	 * @param text the text as typed
	 * @param field the field the error concerns ({@code quote} or {@code text}), or {@code null}
	 * @param error the key of the error message, or {@code null}
	 */
	record Feedback(String alert, Long threadId, String quote, String text, String field, String error) {

		static final Feedback NONE = new Feedback(null, null, null, null, null, null);

		static Feedback alert(String key) {
			return new Feedback(key, null, null, null, null, null);
		}

		static Feedback rejected(Long threadId, CommentForm form, String field, String key) {
			return new Feedback(null, threadId, form.getQuote(), form.getText(), field, key);
		}

		/** Whether the form that opens a thread comes back with what was typed in it. */
		public boolean opening() {
			return this.error != null && this.threadId == null;
		}

		public boolean replyTo(long thread) {
			return this.error != null && this.threadId != null && this.threadId == thread;
		}

	}

}
