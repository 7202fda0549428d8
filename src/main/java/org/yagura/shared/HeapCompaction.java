package org.yagura.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up leaves a few hundred megabytes of garbage (class metadata parsing, Hibernate's boot
 * model, condition evaluation). One full collection when the server is ready lets the JVM hand that
 * memory back, so the idle footprint of the embedded shape stays small. Off with
 * {@code yagura.compact-heap-after-start=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "yagura.compact-heap-after-start", matchIfMissing = true)
class HeapCompaction {

    @EventListener(ApplicationReadyEvent.class)
    @SuppressWarnings("java:S1215")
    void compact() {
        System.gc();
    }
}
