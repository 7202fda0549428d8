package org.yagura.incidents;

/** How much confidentiality, integrity or availability is affected. */
public enum ImpactLevel {
    NONE, LOW, MEDIUM, HIGH;

    public String labelKey() {
        return "incidents.cia." + name();
    }
}
