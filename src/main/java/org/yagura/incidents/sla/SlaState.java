package org.yagura.incidents.sla;

/** Where a clock stands. Labels are message keys {@code sla.state.<NAME>}. */
public enum SlaState {
    /** Counting, with less than the at-risk share of the target consumed. */
    RUNNING,
    /** Stopped while the team waits for the constituent; not yet breached. */
    PAUSED,
    /** Counting, with at least the at-risk share of the target consumed. */
    AT_RISK,
    /** Still open after the target. */
    BREACHED,
    /** Stopped within the target. */
    MET,
    /** Stopped after the target. */
    MET_LATE;

    /** True for states a list flags in red. */
    public boolean breached() {
        return this == BREACHED || this == MET_LATE;
    }

    public String labelKey() {
        return "sla.state." + name();
    }
}
