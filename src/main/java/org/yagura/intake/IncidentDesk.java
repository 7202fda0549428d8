package org.yagura.intake;

import java.util.List;

/**
 * Carries out the triage decisions that put reports into incidents. Declared here and implemented
 * by the incidents module, so that intake never depends on it; called inside the triage
 * transaction, so the reports are marked triaged only if the incident took them.
 */
public interface IncidentDesk {

    /** Opens one incident from the reports, classified as triaged, and returns its key. */
    String open(List<ReportView> reports, Triage triage);

    /** Adds the reports to the existing incident {@code incidentKey} and returns its key. */
    String attach(List<ReportView> reports, String incidentKey);
}
