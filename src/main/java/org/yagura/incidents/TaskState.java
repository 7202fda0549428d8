package org.yagura.incidents;

/** The state of a task or action; open and blocked tasks keep an incident from closing. */
public enum TaskState {
    OPEN, DONE, BLOCKED, CANCELLED;

    public boolean isPending() {
        return this == OPEN || this == BLOCKED;
    }

    public String labelKey() {
        return "incidents.task.state." + name();
    }
}
