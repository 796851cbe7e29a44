package vn.ubnd.baocao.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.system.AuditRecord;

/**
 * Writes every {@link AuditRecord} that any module publishes. Published inside a transaction that writes, it is
 * appended in that transaction, just before it commits: a rolled-back change leaves no trace and a committed one
 * always does. Published outside any transaction (sign-in, sign-out) or in a read-only one, it is appended at once
 * in a transaction of its own.
 */
@Component
class AuditRecorder {

	private final AuditAppender appender;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AuditRecorder(AuditAppender appender, PlatformTransactionManager transactionManager,
			ObjectProvider<Clock> clock) {
		this.appender = appender;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener
	void record(AuditRecord record) {
		PendingEvent event = PendingEvent.of(record, this.clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			atCommit().add(event);
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> this.appender.append(List.of(event)));
		}
	}

	/** The current transaction's pending events, registered with it on the first one. */
	private AtCommit atCommit() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof AtCommit pending && pending.recorder() == this) {
				return pending;
			}
		}
		AtCommit pending = new AtCommit();
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/** The events of one transaction, appended when it is about to commit (after every other synchronisation). */
	private final class AtCommit implements TransactionSynchronization {

		private final List<PendingEvent> events = new ArrayList<>();

		private boolean appended;

		private boolean completing;

		AuditRecorder recorder() {
			return AuditRecorder.this;
		}

		void add(PendingEvent event) {
			if (this.completing) {
				// published after the commit began (after-commit work): the transaction can take nothing more
				AuditRecorder.this.ownTransaction
					.executeWithoutResult((status) -> AuditRecorder.this.appender.append(List.of(event)));
			}
			else if (this.appended) {
				// published while the transaction commits (by another synchronisation): still in it, append now
				AuditRecorder.this.appender.append(List.of(event));
			}
			else {
				this.events.add(event);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.appended = true;
			AuditRecorder.this.appender.appendBeforeCommit(this.events);
		}

		@Override
		public void beforeCompletion() {
			this.completing = true;
		}

	}

}
