package org.yagura.incidents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the full-text index: every committed change of an incident (its fields, journal, tasks) is
 * indexed after the commit, through the durable event registry, so a crash in between is replayed at
 * the next start. An empty index (a new node, a deleted index directory) is rebuilt in the background.
 */
@Component
class IncidentTextIndexListener {

    private static final Logger log = LoggerFactory.getLogger(IncidentTextIndexListener.class);
    private final IncidentTextIndex index;

    IncidentTextIndexListener(IncidentTextIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(IncidentChanged event) {
        index.index(event.incidentId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmpty() {
        Thread rebuild = new Thread(() -> {
            try {
                if (index.indexedCount() == 0) {
                    long count = index.reindexAll();
                    if (count > 0) {
                        log.info("Full-text index of incidents rebuilt: {} incidents", count);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not rebuild the full-text index of incidents: {}", e.toString());
            }
        }, "incident-index-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }
}
