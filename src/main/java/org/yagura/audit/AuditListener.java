package org.yagura.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
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
}
