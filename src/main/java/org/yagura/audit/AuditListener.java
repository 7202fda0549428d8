package org.yagura.audit;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yagura.shared.AuditableEvent;

/**
 * Appends every {@link AuditableEvent} of every module once its transaction has committed. The
 * publication registry keeps the event until the entry is written, so a crash loses none.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        trail.append(event);
    }

    /**
     * A transactional listener never hears an event published outside a transaction (a failed sign-in,
     * say); rather than lose it, such an event is appended at once, on the publishing thread.
     */
    @EventListener
    void onOutsideTransaction(AuditableEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            trail.append(event);
        }
    }
}
