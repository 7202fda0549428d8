package org.yagura.intake;

/**
 * What triage decided about a report. The two incident decisions are carried out by the module that
 * implements {@link IncidentDesk}.
 */
public enum TriageDecision {
    /** False positive or out of the team's scope; the reason says which. */
    NOT_INCIDENT,
    /** The same event as another report. */
    DUPLICATE,
    /** Handed to another team, which is named, at a given time. */
    FORWARDED,
    /** A new incident is opened from the report (or from all reports triaged together). */
    OPEN_INCIDENT,
    /** The report is added to an existing incident, which is named. */
    ATTACH_TO_INCIDENT;

    /** True for the decisions that put the report into an incident. */
    public boolean intoIncident() {
        return this == OPEN_INCIDENT || this == ATTACH_TO_INCIDENT;
    }

    public String labelKey() {
        return "report.decision." + name();
    }
}
