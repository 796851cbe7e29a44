package vn.ubnd.baocao.audit;

import java.time.Instant;

/**
 * A row of the audit trail as stored.
 * @param id consecutive from 1, in the order of the chain
 * @param occurredAt when it happened (to the microsecond)
 * @param actorAccountId the account that acted, or {@code null} (the system, or a user name that does not exist)
 * @param actorName the user name (as typed, for a sign-in), or {@code null} for the system
 * @param action the action's code, e.g. {@code report.submit}
 * @param unitId the unit concerned, or {@code null}
 * @param reportId the report concerned, or {@code null}
 * @param sectionId the section concerned, or {@code null}
 * @param detail what changed, or {@code null}
 * @param prevHash the previous row's hash ({@link vn.ubnd.baocao.audit.internal.AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over this row's fields and {@code prevHash}, in hexadecimal
 */
public record AuditEvent(long id, Instant occurredAt, Long actorAccountId, String actorName, String action,
		Long unitId, Long reportId, Long sectionId, String detail, String prevHash, String hash) {

	/** The message key of the action's label. */
	public String actionKey() {
		return "audit.action." + this.action;
	}

}
