package org.yagura.incidents;

/** The ready-made views of the incident list. */
public enum IncidentQueue {
    /** Open incidents assigned to the caller. */
    MINE,
    /** Open incidents with nobody assigned. */
    UNASSIGNED,
    /** Every incident that is not closed. */
    OPEN,
    /** Incidents closed in the last 30 days. */
    RECENTLY_CLOSED,
    /** Open incidents with an SLA clock at risk or overdue now. */
    AT_RISK,
    /** Everything. */
    ALL;

    public String labelKey() {
        // the SLA queue's label lives with the other SLA strings
        return this == AT_RISK ? "incidents.sla.queue" : "incidents.queue." + name();
    }
}
