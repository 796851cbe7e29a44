package vn.ubnd.baocao.system;

/**
 * Something that happened and must go into the audit trail: a transition, an edit, a comment, an administrator's
 * change. Any module publishes one with {@code ApplicationEventPublisher} inside the transaction that does the work;
 * the audit module writes it in that same transaction, so a rolled-back change leaves no trace and a committed one
 * always does.
 * @param actorAccountId the account that acted ({@code null} for the system or an unknown user name)
 * @param actorName the user name as typed or the account's user name
 * @param action a stable code, e.g. {@code report.submit}, {@code section.edit}, {@code login.failure}
 * @param unitId the unit concerned, or {@code null}
 * @param reportId the report concerned, or {@code null}
 * @param sectionId the section concerned, or {@code null}
 * @param detail what changed, in a few readable words (before → after for edits), or {@code null}
 */
public record AuditRecord(Long actorAccountId, String actorName, String action, Long unitId, Long reportId,
		Long sectionId, String detail) {

	/** A record of something a signed-in user did. */
	public static AuditRecord of(PortalUser user, String action, Long unitId, Long reportId, Long sectionId,
			String detail) {
		return new AuditRecord(user.accountId(), user.getUsername(), action, unitId, reportId, sectionId, detail);
	}

}
