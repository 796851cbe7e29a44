package vn.ubnd.baocao.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import vn.ubnd.baocao.audit.AuditEvent;

/**
 * The hash of a row of the audit trail: SHA-256 over a canonical serialisation of its fields and the previous row's
 * hash, written in lower-case hexadecimal.
 * <p>
 * The serialisation (version 1) is the UTF-8 bytes of {@code audit-event/1\n} followed by each field in this order:
 * id, time, actor's account id, actor's name, action, unit id, report id, section id, detail, previous hash. A field
 * is written as {@code -\n} when it is {@code null}, and otherwise as its length in UTF-8 bytes, a colon, the bytes
 * and a line feed ({@code 5:hello\n}); numbers are written in decimal, the time as microseconds since 1970-01-01T00:00Z
 * (what PostgreSQL keeps). A value cannot run into the next field, and {@code null} differs from an empty text, so two
 * different rows never serialise alike.
 */
public final class AuditChain {

	/** The "previous hash" of the first row. */
	public static final String GENESIS = "0".repeat(64);

	private static final byte[] VERSION = "audit-event/1\n".getBytes(StandardCharsets.UTF_8);

	private AuditChain() {
	}

	/** The hash the row should have, computed from its fields (not from its stored hash). */
	public static String hash(AuditEvent event) {
		return hash(event.id(), event.occurredAt(), event.actorAccountId(), event.actorName(), event.action(),
				event.unitId(), event.reportId(), event.sectionId(), event.detail(), event.prevHash());
	}

	static String hash(long id, Instant occurredAt, Long actorAccountId, String actorName, String action, Long unitId,
			Long reportId, Long sectionId, String detail, String prevHash) {
		return HexFormat.of()
			.formatHex(sha256(serialise(id, occurredAt, actorAccountId, actorName, action, unitId, reportId, sectionId,
					detail, prevHash)));
	}

	static byte[] serialise(long id, Instant occurredAt, Long actorAccountId, String actorName, String action,
			Long unitId, Long reportId, Long sectionId, String detail, String prevHash) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		out.writeBytes(VERSION);
		field(out, Long.toString(id));
		field(out, (occurredAt == null) ? null : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
		field(out, (actorAccountId == null) ? null : actorAccountId.toString());
		field(out, actorName);
		field(out, action);
		field(out, (unitId == null) ? null : unitId.toString());
		field(out, (reportId == null) ? null : reportId.toString());
		field(out, (sectionId == null) ? null : sectionId.toString());
		field(out, detail);
		field(out, prevHash);
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			out.writeBytes(new byte[] { '-', '\n' });
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(bytes);
		out.write('\n');
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
