package org.yagura.artifacts;

/** Where the analysis of an artifact stands. */
public enum AnalysisStatus {
    PENDING, RUNNING, DONE, FAILED;

    /** True while a job will still change it: pages keep polling. */
    public boolean inProgress() {
        return this == PENDING || this == RUNNING;
    }

    public String labelKey() {
        return "artifacts.status." + name();
    }
}
