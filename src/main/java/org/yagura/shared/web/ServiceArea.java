package org.yagura.shared.web;

/**
 * The service areas of the FIRST CSIRT Services Framework v1.1 (and its internal activities), by
 * which the navigation is grouped. Labels are message keys {@code area.<id>}.
 */
public enum ServiceArea {
    INCIDENT_MANAGEMENT("1"),
    ANALYSIS("2"),
    INFORMATION_ASSURANCE("3"),
    SITUATIONAL_AWARENESS("4"),
    OUTREACH("5"),
    CAPABILITY_DEVELOPMENT("6"),
    RESEARCH("7"),
    DATA_AND_KNOWLEDGE("IA1"),
    RELATIONSHIPS("IA2");

    private final String frameworkId;

    ServiceArea(String frameworkId) {
        this.frameworkId = frameworkId;
    }

    /** The id in the framework catalogue, e.g. {@code 1} or {@code IA1}. */
    public String frameworkId() {
        return frameworkId;
    }

    public String labelKey() {
        return "area." + frameworkId;
    }
}
