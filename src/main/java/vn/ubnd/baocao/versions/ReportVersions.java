package vn.ubnd.baocao.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.versions.internal.SnapshotComparer;
import vn.ubnd.baocao.versions.internal.Snapshots;
import vn.ubnd.baocao.versions.internal.VersionStore;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * The submitted versions of a report and their comparison. Whoever may read the report
 * ({@link ReportService#readable}) may read its versions; for anyone else the report is not found.
 */
@Service
@Transactional(readOnly = true)
public class ReportVersions {

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final VersionStore store;

	private final Snapshots snapshots;

	ReportVersions(ReportService reports, ReportWorkflow workflow, VersionStore store, Snapshots snapshots) {
		this.reports = reports;
		this.workflow = workflow;
		this.store = store;
		this.snapshots = snapshots;
	}

	/**
	 * A submitted version, and what happened to the report after it until the next submission.
	 * @param number 1, 2, … per report
	 * @param submittedAt when it was submitted
	 * @param submittedBy by whom (user name)
	 * @param sha256 the SHA-256 of its content, in hex
	 * @param intact whether its content still has that hash
	 * @param after the transitions that followed (returned with reasons, accepted, …)
	 */
	public record Version(int number, Instant submittedAt, String submittedBy, String sha256, boolean intact,
			List<ReportWorkflow.Step> after) {

		public Version {
			after = List.copyOf(after);
		}

	}

	/** The report's versions, oldest first. */
	public List<Version> versions(PortalUser user, long reportId) {
		this.reports.readable(user, reportId);
		List<VersionStore.Row> rows = this.store.rows(reportId);
		List<ReportWorkflow.Step> history = this.workflow.history(user, reportId);
		List<Version> versions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			VersionStore.Row row = rows.get(i);
			Instant next = (i + 1 < rows.size()) ? rows.get(i + 1).submittedAt() : null;
			List<ReportWorkflow.Step> after = history.stream()
				.filter((step) -> step.at().isAfter(row.submittedAt()))
				.filter((step) -> next == null || step.at().isBefore(next))
				.toList();
			versions.add(new Version(row.number(), row.submittedAt(), row.submittedBy(), row.sha256(), row.intact(),
					after));
		}
		return versions;
	}

	/** The version as it was submitted; not found if there is no such version. */
	public Snapshot snapshot(PortalUser user, long reportId, int number) {
		this.reports.readable(user, reportId);
		return this.snapshots.fromJson(stored(reportId, number).json());
	}

	/**
	 * Compares version {@code from} (left) with version {@code to} (right), or with the report as it stands when
	 * {@code to} is {@code null}. A version that does not exist is not found; a version compared with itself is
	 * refused ({@code versions.compare.same}).
	 */
	@Transactional
	public VersionComparison compare(PortalUser user, long reportId, int from, Integer to) {
		Report report = this.reports.readable(user, reportId);
		if (to != null && from == to) {
			throw new InputRejectedException("to", "versions.compare.same");
		}
		VersionStore.Stored before = stored(reportId, from);
		VersionComparison.Side beforeSide = side(before.row());
		if (to == null) {
			return SnapshotComparer.compare(reportId, beforeSide, this.snapshots.fromJson(before.json()),
					VersionComparison.Side.CURRENT, this.snapshots.of(report));
		}
		VersionStore.Stored after = stored(reportId, to);
		return SnapshotComparer.compare(reportId, beforeSide, this.snapshots.fromJson(before.json()),
				side(after.row()), this.snapshots.fromJson(after.json()));
	}

	/**
	 * The comparison that answers "what changed since": for a report being revised (draft or returned), its last
	 * submission against the report as it stands ({@code to} empty); otherwise the submission before the last
	 * against the last (the version that was returned against the one resubmitted). Empty if there is nothing to
	 * compare yet.
	 */
	public Optional<Pair> latestChange(PortalUser user, long reportId) {
		Report report = this.reports.readable(user, reportId);
		List<VersionStore.Row> rows = this.store.rows(reportId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		int last = rows.get(rows.size() - 1).number();
		if (report.getStatus().isEditable()) {
			return Optional.of(new Pair(last, null));
		}
		if (rows.size() < 2) {
			return Optional.empty();
		}
		return Optional.of(new Pair(rows.get(rows.size() - 2).number(), last));
	}

	/**
	 * Two sides to compare.
	 * @param from the older version
	 * @param to the newer version, {@code null} for the report as it stands
	 */
	public record Pair(int from, Integer to) {
	}

	private VersionStore.Stored stored(long reportId, int number) {
		return this.store.find(reportId, number)
			.orElseThrow(() -> new NotFoundException("version " + number + " of report " + reportId));
	}

	private static VersionComparison.Side side(VersionStore.Row row) {
		return new VersionComparison.Side(row.number(), row.submittedAt(), row.submittedBy());
	}

}
