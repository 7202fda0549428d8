package org.yagura.incidents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A read-only view of the columns of {@code sla_clock} that the incident list filters on, so that
 * "at risk" and "breached" are subqueries of the list's JPQL (the clocks are written by incidents.sla).
 */
@Entity
@Immutable
@Table(name = "sla_clock")
class SlaClockFlags {

    @Id
    private UUID id;
    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "due_at")
    private @Nullable Instant dueAt;
    @Column(name = "at_risk_at")
    private @Nullable Instant atRiskAt;
    @Column(name = "stopped_at")
    private @Nullable Instant stoppedAt;
    @Column(name = "breached_at")
    private @Nullable Instant breachedAt;

    protected SlaClockFlags() {
        this.id = new UUID(0, 0);
        this.recordId = id;
    }

    /** JPQL: a running clock of incident {@code i} at risk (not yet overdue) at {@code :slaNow}. */
    static final String AT_RISK = "exists (select 1 from SlaClockFlags c where c.recordId = i.id and c.stoppedAt is null"
            + " and c.atRiskAt <= :slaNow and (c.dueAt is null or c.dueAt > :slaNow) and c.breachedAt is null)";
    /** JPQL: a running clock of incident {@code i} overdue at {@code :slaNow}, or with its breach recorded. */
    static final String BREACHED = "exists (select 1 from SlaClockFlags c where c.recordId = i.id and c.stoppedAt is null"
            + " and (c.dueAt <= :slaNow or c.breachedAt is not null))";
    /** JPQL: either. */
    static final String AT_RISK_OR_BREACHED = "exists (select 1 from SlaClockFlags c where c.recordId = i.id"
            + " and c.stoppedAt is null and (c.atRiskAt <= :slaNow or c.dueAt <= :slaNow or c.breachedAt is not null))";
}
