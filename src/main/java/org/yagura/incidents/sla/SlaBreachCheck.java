package org.yagura.incidents.sla;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds running clocks past their due time and records each breach once. Runs on every node every
 * {@code yagura.sla.check-interval}; the guarded update in {@link SlaBreaches} keeps it safe in a cluster.
 */
@Component
class SlaBreachCheck {

    private static final Logger log = LoggerFactory.getLogger(SlaBreachCheck.class);
    private static final int MAX_BATCHES = 50;
    private final SlaClockStore store;
    private final SlaBreaches breaches;
    private final int batchSize;

    SlaBreachCheck(SlaClockStore store, SlaBreaches breaches, @Value("${yagura.sla.check-batch-size:200}") int batchSize) {
        this.store = store;
        this.breaches = breaches;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${yagura.sla.check-interval:PT30S}", initialDelayString = "${yagura.sla.check-interval:PT30S}")
    void run() {
        try {
            check(Instant.now());
        } catch (RuntimeException e) {
            log.warn("SLA breach check failed; it runs again at the next interval", e);
        }
    }

    /** Records every breach due by {@code now}; returns how many this call recorded. */
    int check(Instant now) {
        int recorded = 0;
        // every clock of a batch leaves the candidates (marked here or by another node), so batches move on
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<SlaClockStore.Row> due = store.dueUnbreached(now, batchSize);
            for (SlaClockStore.Row clock : due) {
                try {
                    if (breaches.recordDue(clock, now)) {
                        recorded++;
                    }
                } catch (DataAccessException e) {
                    // another node holding the row may make this one fail; whoever commits records the breach
                    log.debug("SLA breach of clock {} not recorded here", clock.id(), e);
                }
            }
            if (due.size() < batchSize) {
                break;
            }
        }
        if (recorded > 0) {
            log.info("SLA breach check recorded {} breach(es)", recorded);
        }
        return recorded;
    }
}
