package vn.ubnd.baocao.audit;

import java.time.LocalDate;

/**
 * What an administrator looks for in the trail; {@code null} means any.
 * @param userName part of the actor's user name, in any case
 * @param action an action's code
 * @param reportId a report
 * @param from the first day (Vietnam time)
 * @param to the last day (Vietnam time), included
 */
public record AuditFilter(String userName, String action, Long reportId, LocalDate from, LocalDate to) {

	/** No filter: everything the administrator may see. */
	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

}
