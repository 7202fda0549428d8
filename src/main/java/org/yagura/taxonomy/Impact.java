package org.yagura.taxonomy;

/** How much harm an incident does or may do, least first. Labels are message keys {@code impact.<NAME>}. */
public enum Impact {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String labelKey() {
        return "impact." + name();
    }
}
