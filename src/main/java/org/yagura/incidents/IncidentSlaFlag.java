package org.yagura.incidents;

/** The SLA state an incident list can be narrowed to; labels are {@code incidents.sla.flag.<NAME>}. */
public enum IncidentSlaFlag {
    /** A running clock has used its at-risk share of the target but is not yet overdue. */
    AT_RISK,
    /** A running clock is overdue (or its breach is recorded). */
    BREACHED;

    public String labelKey() {
        return "incidents.sla.flag." + name();
    }
}
