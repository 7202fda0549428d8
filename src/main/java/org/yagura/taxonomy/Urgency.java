package org.yagura.taxonomy;

/** How soon an incident must be handled to limit its harm, least first. Labels are message keys {@code urgency.<NAME>}. */
public enum Urgency {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String labelKey() {
        return "urgency." + name();
    }
}
