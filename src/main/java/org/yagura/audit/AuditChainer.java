package org.yagura.audit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves pending audit entries onto the hash chain on one background thread, in batches: right after a
 * transaction that wrote some commits ({@link #wake}), and at every sweep for entries that another node
 * wrote or that were pending when a node stopped. Wake-ups while a pass is queued join that pass, so
 * under load one lock of the chain head serves many entries.
 */
@Component
class AuditChainer implements DisposableBean {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditTrail trail;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "audit-chainer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    AuditChainer(AuditTrail trail) {
        this.trail = trail;
    }

    /** Asks for a pass soon; returns at once. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                queued.set(false);
            }
        }
    }

    @Scheduled(fixedDelayString = "${yagura.audit.sweep-interval:PT1S}", initialDelayString = "${yagura.audit.sweep-interval:PT1S}")
    void sweep() {
        try {
            if (trail.hasPending()) {
                wake();
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for pending audit entries: {}", e.getMessage());
        }
    }

    private void drain() {
        // cleared first: a commit during this pass queues the next one rather than being missed
        queued.set(false);
        try {
            while (trail.chainPending(BATCH) == BATCH) {
                // a full batch: more may wait
            }
        } catch (RuntimeException e) {
            log.warn("Could not chain pending audit entries; the next sweep retries: {}", e.getMessage());
        }
    }

    /** Lets a queued pass finish, so that a clean stop leaves nothing pending that it could have chained. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
