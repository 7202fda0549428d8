package org.yagura.incidents;

/** Why an incident was closed. */
public enum Resolution {
    RESOLVED, FALSE_POSITIVE, DUPLICATE, NO_ACTION;

    public String labelKey() {
        return "incidents.resolution." + name();
    }
}
