package org.yagura.incidents.sla;

/**
 * What a clock measures. Waiting for the constituent pauses the response clocks, never the
 * personal-data breach notification deadline, which a regulator counts in calendar time.
 * Labels are message keys {@code sla.kind.<NAME>}.
 */
public enum SlaKind {
    ACKNOWLEDGE(true), CONTAIN(true), RESOLVE(true), BREACH_NOTIFICATION(false);

    private final boolean pausable;

    SlaKind(boolean pausable) {
        this.pausable = pausable;
    }

    /** Whether waiting for the constituent stops this clock. */
    public boolean pausable() {
        return pausable;
    }

    public String labelKey() {
        return "sla.kind." + name();
    }
}
