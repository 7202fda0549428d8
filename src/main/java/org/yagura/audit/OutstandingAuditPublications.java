package org.yagura.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;
import org.yagura.shared.AuditableEvent;

/**
 * Before ADR 020 the audit listener took its events from the event publication registry. An installation
 * that stopped with some of those publications outstanding would lose their entries, since that listener
 * is gone; at start they are taken over as pending entries instead, and marked completed.
 */
@Component
class OutstandingAuditPublications {

    /** The registry's listener id of the former {@code AuditListener.on(AuditableEvent)}. */
    static final String FORMER_LISTENER = "org.yagura.audit.AuditListener.on(org.yagura.shared.AuditableEvent)";
    private static final Logger log = LoggerFactory.getLogger(OutstandingAuditPublications.class);

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final AuditTrail trail;
    private final AuditChainer chainer;

    OutstandingAuditPublications(JdbcClient jdbc, EventSerializer serializer, AuditTrail trail, AuditChainer chainer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.trail = trail;
        this.chainer = chainer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (takeOver() > 0) {
            chainer.wake();
        }
    }

    /** Turns every outstanding publication of the former listener into a pending entry; returns how many. */
    @Transactional
    int takeOver() {
        record Outstanding(String id, String type, String event) {
        }
        var outstanding = jdbc.sql("""
                SELECT id, event_type, serialized_event FROM event_publication
                 WHERE listener_id = :listener AND completion_date IS NULL""")
                .param("listener", FORMER_LISTENER)
                .query((rs, row) -> new Outstanding(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        int taken = 0;
        for (Outstanding o : outstanding) {
            Object event;
            try {
                event = serializer.deserialize(o.event(), ClassUtils.forName(o.type(), getClass().getClassLoader()));
            } catch (ClassNotFoundException | RuntimeException e) {
                log.warn("Outstanding audit publication {} of type {} cannot be read, left as it is: {}", o.id(), o.type(),
                        e.getMessage());
                continue;
            }
            if (event instanceof AuditableEvent auditable) {
                trail.enqueue(auditable);
                taken++;
            }
            jdbc.sql("UPDATE event_publication SET completion_date = :now, status = 'COMPLETED' WHERE id = :id")
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .param("id", java.util.UUID.fromString(o.id()))
                    .update();
        }
        if (taken > 0) {
            log.info("Took over {} outstanding audit publications as pending entries", taken);
        }
        return taken;
    }
}
