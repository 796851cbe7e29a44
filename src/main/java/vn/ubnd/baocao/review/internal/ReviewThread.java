package vn.ubnd.baocao.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.ubnd.baocao.review.Comment;
import vn.ubnd.baocao.review.CommentThread;
import vn.ubnd.baocao.review.ReviewStateException;
import vn.ubnd.baocao.review.ThreadStatus;
import vn.ubnd.baocao.system.PortalUser;

/**
 * A comment thread on a section of a report: the opening comment and the replies, open until the reviewer resolves
 * it. Each change refuses what the thread's state does not allow.
 */
@Entity
@Table(name = "review_thread")
public class ReviewThread {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private long reportId;

	@Column(name = "section_id", nullable = false, updatable = false)
	private long sectionId;

	@Column(name = "section_title", nullable = false, updatable = false)
	private String sectionTitle;

	@Column(updatable = false)
	private String quote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ThreadStatus status = ThreadStatus.OPEN;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Column(name = "resolved_by")
	private Long resolvedBy;

	@Column(name = "resolved_by_name")
	private String resolvedByName;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@OneToMany(mappedBy = "thread", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ReviewComment> comments = new ArrayList<>();

	protected ReviewThread() {
	}

	public ReviewThread(long reportId, long sectionId, String sectionTitle, String quote, PortalUser reviewer,
			String text, Instant at) {
		this.reportId = reportId;
		this.sectionId = sectionId;
		this.sectionTitle = sectionTitle == null ? "" : sectionTitle;
		this.quote = quote;
		this.openedAt = at;
		this.comments.add(new ReviewComment(this, reviewer, text, at));
	}

	/** Adds a reply; a resolved thread takes none until it is reopened. */
	public void reply(PortalUser author, String text, Instant at) {
		if (this.status != ThreadStatus.OPEN) {
			throw new ReviewStateException("review.state.thread-resolved");
		}
		this.comments.add(new ReviewComment(this, author, text, at));
	}

	public void resolve(PortalUser reviewer, Instant at) {
		if (this.status != ThreadStatus.OPEN) {
			throw new ReviewStateException("review.state.already-resolved");
		}
		this.status = ThreadStatus.RESOLVED;
		this.resolvedBy = reviewer.accountId();
		this.resolvedByName = reviewer.fullName();
		this.resolvedAt = at;
	}

	public void reopen() {
		if (this.status != ThreadStatus.RESOLVED) {
			throw new ReviewStateException("review.state.already-open");
		}
		this.status = ThreadStatus.OPEN;
		this.resolvedBy = null;
		this.resolvedByName = null;
		this.resolvedAt = null;
	}

	public Long getId() {
		return this.id;
	}

	public long getReportId() {
		return this.reportId;
	}

	public long getSectionId() {
		return this.sectionId;
	}

	public ThreadStatus getStatus() {
		return this.status;
	}

	/** The thread as the rest of the portal reads it. */
	public CommentThread toView() {
		List<Comment> texts = this.comments.stream()
			.map((c) -> new Comment(c.getId(), c.getAuthorAccountId(), c.getAuthorName(), c.getAuthorRole(),
					c.getBody(), c.getWrittenAt()))
			.toList();
		return new CommentThread(this.id, this.reportId, this.sectionId, this.sectionTitle, this.quote, this.status,
				texts, this.resolvedByName, this.resolvedAt);
	}

}
