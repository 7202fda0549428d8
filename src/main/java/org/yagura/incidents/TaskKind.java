package org.yagura.incidents;

/** A plain task, or a planned/executed mitigation action of one of the three response phases. */
public enum TaskKind {
    TASK, CONTAINMENT, ERADICATION, RECOVERY;

    public String labelKey() {
        return "incidents.task.kind." + name();
    }
}
