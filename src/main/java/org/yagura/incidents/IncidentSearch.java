package org.yagura.incidents;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Filtered, keyset-paginated incident lists, newest first. TLP:RED incidents are left out unless the viewer takes part. */
@Component
class IncidentSearch {

    static final Duration RECENT = Duration.ofDays(30);
    private final EntityManager em;

    IncidentSearch(EntityManager em) {
        this.em = em;
    }

    List<Incident> page(IncidentFilter f, UUID viewer, @Nullable Instant beforeCreated, @Nullable UUID beforeId, int limit) {
        return page(f, viewer, beforeCreated, beforeId, limit, Instant.now());
    }

    /** A page as the list stands at {@code now}: the queues and SLA filters compare stored instants with it. */
    List<Incident> page(IncidentFilter f, UUID viewer, @Nullable Instant beforeCreated, @Nullable UUID beforeId, int limit,
            Instant now) {
        StringBuilder jpql = new StringBuilder("select i from Incident i where (i.tlp <> org.yagura.shared.Tlp.RED"
                + " or :viewer member of i.participants)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("viewer", viewer);
        switch (f.queue()) {
            case MINE -> {
                jpql.append(" and i.assigneeId = :viewer and i.status <> org.yagura.incidents.IncidentStatus.CLOSED");
            }
            case UNASSIGNED -> jpql.append(" and i.assigneeId is null and i.status <> org.yagura.incidents.IncidentStatus.CLOSED");
            case OPEN -> jpql.append(" and i.status <> org.yagura.incidents.IncidentStatus.CLOSED");
            case RECENTLY_CLOSED -> {
                jpql.append(" and i.status = org.yagura.incidents.IncidentStatus.CLOSED and i.closedAt >= :closedSince");
                params.put("closedSince", now.minus(RECENT));
            }
            case AT_RISK -> {
                jpql.append(" and i.status <> org.yagura.incidents.IncidentStatus.CLOSED and ")
                        .append(SlaClockFlags.AT_RISK_OR_BREACHED);
                params.put("slaNow", now);
            }
            case ALL -> {
                // no restriction
            }
        }
        add(jpql, params, "i.status = :status", "status", f.status());
        add(jpql, params, "i.classKey = :classKey", "classKey", f.classKey());
        add(jpql, params, "i.priority = :priority", "priority", f.priority());
        add(jpql, params, "i.tlp = :tlp", "tlp", f.tlp());
        add(jpql, params, "i.assignee = :assignee", "assignee", f.assignee());
        add(jpql, params, "i.teamId = :teamId", "teamId", f.teamId());
        add(jpql, params, "lower(i.constituency) = lower(:constituency)", "constituency", f.constituency());
        add(jpql, params, "i.createdAt >= :from", "from", f.from());
        add(jpql, params, "i.createdAt < :to", "to", f.to());
        if (f.sla() != null) {
            jpql.append(" and ").append(f.sla() == IncidentSlaFlag.AT_RISK ? SlaClockFlags.AT_RISK : SlaClockFlags.BREACHED);
            params.put("slaNow", now);
        }
        if (beforeCreated != null && beforeId != null) {
            jpql.append(" and (i.createdAt < :beforeCreated or (i.createdAt = :beforeCreated and i.id < :beforeId))");
            params.put("beforeCreated", beforeCreated);
            params.put("beforeId", beforeId);
        }
        jpql.append(" order by i.createdAt desc, i.id desc");
        TypedQuery<Incident> query = em.createQuery(jpql.toString(), Incident.class).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void add(StringBuilder jpql, Map<String, Object> params, String condition, String name,
            @Nullable Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            jpql.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
