package org.yagura.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yagura.shared.AuditableEvent;

/**
 * Records every {@link AuditableEvent} of every module. Within a read-write transaction the entry is
 * written as pending in that same transaction, so it exists exactly when the change does, and the
 * chainer puts it on the hash chain once the transaction has committed (ADR 020). An event published
 * outside a transaction (a failed sign-in, say) is appended at once, on the publishing thread; one
 * published in a read-only transaction, right after that transaction commits.
 */
@Component
class AuditListener {

    private final AuditTrail trail;
    private final AuditChainer chainer;

    AuditListener(AuditTrail trail, AuditChainer chainer) {
        this.trail = trail;
        this.chainer = chainer;
    }

    @EventListener
    void on(AuditableEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            trail.append(event);
        } else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        trail.appendOnItsOwn(event);
                    }
                }
            });
        } else {
            trail.enqueue(event);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    chainer.wake();
                }
            });
        }
    }
}
