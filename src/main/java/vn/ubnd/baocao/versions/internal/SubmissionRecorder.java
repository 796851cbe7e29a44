package vn.ubnd.baocao.versions.internal;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportTransitioned;
import vn.ubnd.baocao.system.NotFoundException;

/**
 * Keeps every submission: when a report moves to {@link ReportStatus#SUBMITTED}, its snapshot is stored as the next
 * version, in the transaction of the transition (if the version cannot be stored, the report is not submitted).
 */
@Component
class SubmissionRecorder {

	private final EntityManager entityManager;

	private final Snapshots snapshots;

	private final VersionStore store;

	SubmissionRecorder(EntityManager entityManager, Snapshots snapshots, VersionStore store) {
		this.entityManager = entityManager;
		this.snapshots = snapshots;
		this.store = store;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReportTransitioned event) {
		if (event.to() != ReportStatus.SUBMITTED) {
			return;
		}
		// the instance the workflow has just moved, as it stands in this transaction
		Report report = this.entityManager.find(Report.class, event.reportId());
		if (report == null) {
			throw new NotFoundException("report " + event.reportId());
		}
		this.store.append(report.getId(), event.at(), event.actorAccountId(), event.actorName(),
				this.snapshots.toJson(this.snapshots.of(report)));
	}

}
