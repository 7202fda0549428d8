package org.yagura.intake;

/** A report waits in the triage queue until someone decides what it is. */
public enum ReportStatus {
    NEW, TRIAGED;

    public String labelKey() {
        return "report.status." + name();
    }
}
