package org.yagura.incidents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the full-text index: every committed change of an incident (its fields, journal, tasks) is
 * indexed after the commit, through the durable event registry, so a crash in between is replayed at
 * the next start. An empty index (a new node, a deleted index directory), or one written in an older
 * layout of the document, is rebuilt in the background;
 * with no incident in the database the index is not even opened, so a new installation does not pay
 * for booting the search engine until the first incident is written or searched.
 */
@Component
class IncidentTextIndexListener {

    private static final Logger log = LoggerFactory.getLogger(IncidentTextIndexListener.class);
    private final IncidentTextIndex index;
    private final JdbcClient jdbc;

    IncidentTextIndexListener(IncidentTextIndex index, JdbcClient jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(IncidentChanged event) {
        index.index(event.incidentId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmpty() {
        Thread rebuild = new Thread(() -> {
            try {
                if (anyIncident() && (index.indexedCount() == 0 || index.outdatedCount() > 0)) {
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

    private boolean anyIncident() {
        return jdbc.sql("SELECT 1 FROM incident FETCH FIRST 1 ROWS ONLY").query(Integer.class).optional().isPresent();
    }
}
