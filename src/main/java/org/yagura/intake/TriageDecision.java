package org.yagura.intake;

/**
 * What triage decided about a report. Opening an incident from a report, or attaching it to one,
 * arrives with the incidents module.
 */
public enum TriageDecision {
    /** False positive or out of the team's scope; the reason says which. */
    NOT_INCIDENT,
    /** The same event as another report. */
    DUPLICATE,
    /** Handed to another team, which is named, at a given time. */
    FORWARDED;

    public String labelKey() {
        return "report.decision." + name();
    }
}
