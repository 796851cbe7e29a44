package vn.ubnd.baocao.review.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

/**
 * One comment of a thread, as written: never changed afterwards.
 */
@Entity
@Table(name = "review_comment")
class ReviewComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "thread_id", nullable = false, updatable = false)
	private ReviewThread thread;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "author_name", nullable = false, updatable = false)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_role", nullable = false, updatable = false)
	private Role authorRole;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(name = "written_at", nullable = false, updatable = false)
	private Instant writtenAt;

	protected ReviewComment() {
	}

	ReviewComment(ReviewThread thread, PortalUser author, String body, Instant at) {
		this.thread = thread;
		this.authorAccountId = author.accountId();
		this.authorName = author.fullName();
		this.authorRole = author.role();
		this.body = body;
		this.writtenAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getAuthorAccountId() {
		return this.authorAccountId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	Role getAuthorRole() {
		return this.authorRole;
	}

	String getBody() {
		return this.body;
	}

	Instant getWrittenAt() {
		return this.writtenAt;
	}

}
