package vn.ubnd.baocao.review.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.ubnd.baocao.review.ThreadStatus;

/**
 * The comment threads of reports.
 */
public interface ReviewThreadRepository extends Repository<ReviewThread, Long> {

	ReviewThread save(ReviewThread thread);

	/** Writes the thread's changes now (new comments get their ids). */
	ReviewThread saveAndFlush(ReviewThread thread);

	/** The threads of a report with their comments, oldest first. */
	@EntityGraph(attributePaths = "comments")
	List<ReviewThread> findByReportIdOrderById(long reportId);

	/** The thread, locked until the end of the transaction, so that two changes to it happen one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from ReviewThread t where t.id = ?1 and t.reportId = ?2")
	Optional<ReviewThread> lockInReport(long threadId, long reportId);

	long countByReportIdAndStatus(long reportId, ThreadStatus status);

	@Query("select t.sectionId, count(t) from ReviewThread t where t.reportId = ?1 and t.status = ?2 group by t.sectionId")
	List<Object[]> countBySection(long reportId, ThreadStatus status);

	/**
	 * The report's state as committed, held (shared) until the end of the transaction: a transition of the report
	 * waits for this comment, and a comment made while a transition is under way sees its outcome.
	 */
	@Query(value = "select status from report where id = ?1 for share", nativeQuery = true)
	String lockReportStatus(long reportId);

}
