/**
 * The audit trail: every transition, edit, comment, sign-in, failed sign-in and administrator's change, with who,
 * when, which unit, report and section, and what changed. Other modules publish a
 * {@link vn.ubnd.baocao.system.AuditRecord}; this module writes it in the transaction that did the work (a rolled-back
 * change leaves no trace, a committed one always does), or in a transaction of its own when there is none (sign-in).
 * <p>
 * The rows form one hash chain ({@link vn.ubnd.baocao.audit.internal.AuditChain}): appends are serialised across
 * threads and instances of the portal by a PostgreSQL advisory lock taken at commit, so the chain never forks. The
 * table is append-only in the database: the portal's role may only read and insert, and a trigger refuses updates,
 * deletes and truncation for everyone. {@link vn.ubnd.baocao.audit.AuditTrail} reads a page of the trail for an
 * administrator and verifies the whole chain.
 * <p>
 * API: {@link vn.ubnd.baocao.audit.AuditTrail}, {@link vn.ubnd.baocao.audit.AuditEvent},
 * {@link vn.ubnd.baocao.audit.ChainVerification}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký")
package vn.ubnd.baocao.audit;
