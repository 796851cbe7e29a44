package vn.ubnd.baocao.review;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.report.ReportStatus;

/**
 * Puts a report in a state straight in the database, for the review rules' tests, which take one report through
 * every state in an order the workflow does not allow (issued, then submitted again): the rules depend on the status
 * alone. Everywhere else, and in the whole journey, reports move through the real workflow
 * ({@code vn.ubnd.baocao.workflow.ReportWorkflow}).
 */
public final class ReportStates {

	private final JdbcClient jdbc;

	public ReportStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The report is now in {@code status} (its version moves on, as after a transition). */
	public void put(long reportId, ReportStatus status) {
		int updated = this.jdbc.sql("update report set status = ?, version = version + 1 where id = ?")
			.param(status.name())
			.param(reportId)
			.update();
		if (updated != 1) {
			throw new IllegalArgumentException("no report " + reportId);
		}
	}

}
