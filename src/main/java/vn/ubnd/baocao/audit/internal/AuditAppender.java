package vn.ubnd.baocao.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ubnd.baocao.audit.AuditEvent;

/**
 * Appends to the chain, in the caller's transaction. The append is serialised by a transaction-scoped advisory lock,
 * held from the append to the end of the transaction: whoever appends next, in this instance or another one on the
 * same database, reads the row this transaction wrote (or, if it rolled back, the one before), so the chain stays
 * one line. Ids are the last id plus one, given under the lock, so a rolled-back append leaves no gap.
 */
@Component
class AuditAppender {

	/** The advisory lock's key: "audit" in ASCII. */
	static final long LOCK_KEY = 0x6175646974L;

	private final JdbcClient jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	AuditAppender(JdbcClient jdbc, ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		this.jdbc = jdbc;
		this.entityManagerFactories = entityManagerFactories;
	}

	/**
	 * Appends as the last thing before the transaction commits. Everything else the transaction writes is written
	 * first (JPA's pending changes, and the constraints deferred to the commit are checked), so that, while this
	 * transaction holds the lock, it waits for nothing and nobody: no deadlock, and the lock is held only for the
	 * commit.
	 */
	void appendBeforeCommit(List<PendingEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		flushEntityManagers();
		this.jdbc.sql("set constraints all immediate").update();
		append(events);
	}

	/** Appends the events, in order, in the current transaction. */
	void append(List<PendingEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Integer.class).single();
		long lastId = 0;
		String lastHash = AuditChain.GENESIS;
		List<Object[]> last = this.jdbc.sql("select id, hash from audit_event order by id desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list();
		if (!last.isEmpty()) {
			lastId = (Long) last.get(0)[0];
			lastHash = (String) last.get(0)[1];
		}
		for (PendingEvent event : events) {
			AuditEvent row = event.toRow(lastId + 1, lastHash);
			this.jdbc.sql("""
					insert into audit_event (id, occurred_at, actor_account_id, actor_name, action, unit_id, report_id,
					    section_id, detail, prev_hash, hash)
					values (:id, :at, :actorId, :actorName, :action, :unitId, :reportId, :sectionId, :detail, :prevHash,
					    :hash)""")
				.param("id", row.id())
				.param("at", utc(row.occurredAt()))
				.param("actorId", row.actorAccountId())
				.param("actorName", row.actorName())
				.param("action", row.action())
				.param("unitId", row.unitId())
				.param("reportId", row.reportId())
				.param("sectionId", row.sectionId())
				.param("detail", row.detail())
				.param("prevHash", row.prevHash())
				.param("hash", row.hash())
				.update();
			lastId = row.id();
			lastHash = row.hash();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Writes JPA's pending changes now, failing as the commit would have (the same Spring exceptions). */
	private void flushEntityManagers() {
		this.entityManagerFactories.orderedStream().forEach((factory) -> {
			if (TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder holder) {
				try {
					holder.getEntityManager().flush();
				}
				catch (RuntimeException ex) {
					DataAccessException translated = (factory instanceof EntityManagerFactoryInfo info
							&& info.getJpaDialect() != null) ? info.getJpaDialect().translateExceptionIfPossible(ex)
									: null;
					throw (translated != null) ? translated : ex;
				}
			}
		});
	}

}
