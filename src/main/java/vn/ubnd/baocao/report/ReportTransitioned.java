package vn.ubnd.baocao.report;

import java.time.Instant;

/**
 * A report moved from one state of the workflow to another. Published inside the transaction of the transition
 * (listeners that use {@code @EventListener} act in that transaction: the versions module takes its snapshot on
 * {@link ReportStatus#SUBMITTED}).
 * @param reportId the report
 * @param unitId its unit
 * @param from the state before
 * @param to the state after
 * @param actorAccountId who moved it
 * @param actorName their user name
 * @param reason the reasons given when returning, the justification when submitting, or {@code null}
 * @param at when
 */
public record ReportTransitioned(long reportId, long unitId, ReportStatus from, ReportStatus to, long actorAccountId,
		String actorName, String reason, Instant at) {
}
