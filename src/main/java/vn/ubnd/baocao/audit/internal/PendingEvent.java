package vn.ubnd.baocao.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import vn.ubnd.baocao.audit.AuditEvent;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.Texts;

/**
 * An audit record waiting for its place in the chain, with its time and its texts as they will be stored: NFC,
 * without control characters (PostgreSQL refuses NUL), each cut to what its column holds.
 */
record PendingEvent(Instant occurredAt, Long actorAccountId, String actorName, String action, Long unitId,
		Long reportId, Long sectionId, String detail) {

	static final int MAX_NAME = 200;

	static final int MAX_ACTION = 100;

	static final int MAX_DETAIL = 4000;

	static PendingEvent of(AuditRecord record, Instant now) {
		return new PendingEvent(now.truncatedTo(ChronoUnit.MICROS), record.actorAccountId(),
				cut(record.actorName(), MAX_NAME), cut(record.action(), MAX_ACTION), record.unitId(), record.reportId(),
				record.sectionId(), cut(record.detail(), MAX_DETAIL));
	}

	AuditEvent toRow(long id, String prevHash) {
		String hash = AuditChain.hash(id, this.occurredAt, this.actorAccountId, this.actorName, this.action,
				this.unitId, this.reportId, this.sectionId, this.detail, prevHash);
		return new AuditEvent(id, this.occurredAt, this.actorAccountId, this.actorName, this.action, this.unitId,
				this.reportId, this.sectionId, this.detail, prevHash, hash);
	}

	private static String cut(String text, int max) {
		String clean = Texts.normalize(text);
		if (clean == null || clean.length() <= max) {
			return clean;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + "…";
	}

}
