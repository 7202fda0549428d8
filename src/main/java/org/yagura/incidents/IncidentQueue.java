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
    /** Everything. */
    ALL;

    public String labelKey() {
        return "incidents.queue." + name();
    }
}
