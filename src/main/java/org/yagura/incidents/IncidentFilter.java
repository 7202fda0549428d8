package org.yagura.incidents;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;
import org.yagura.taxonomy.Priority;

/**
 * What the incident list is narrowed to: a queue plus optional filters (created between {@code from}
 * and {@code to}; {@code sla}: a running clock at risk or overdue now).
 */
public record IncidentFilter(IncidentQueue queue, @Nullable IncidentStatus status, @Nullable String classKey,
        @Nullable Priority priority, @Nullable Tlp tlp, @Nullable String assignee, @Nullable UUID teamId,
        @Nullable String constituency, @Nullable Instant from, @Nullable Instant to, @Nullable IncidentSlaFlag sla) {

    public IncidentFilter(IncidentQueue queue, @Nullable IncidentStatus status, @Nullable String classKey,
            @Nullable Priority priority, @Nullable Tlp tlp, @Nullable String assignee, @Nullable UUID teamId,
            @Nullable String constituency, @Nullable Instant from, @Nullable Instant to) {
        this(queue, status, classKey, priority, tlp, assignee, teamId, constituency, from, to, null);
    }

    public static IncidentFilter of(IncidentQueue queue) {
        return new IncidentFilter(queue, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter narrowed to an SLA state. */
    public IncidentFilter withSla(@Nullable IncidentSlaFlag flag) {
        return new IncidentFilter(queue, status, classKey, priority, tlp, assignee, teamId, constituency, from, to, flag);
    }
}
