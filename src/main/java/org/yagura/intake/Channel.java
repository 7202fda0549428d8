package org.yagura.intake;

/** How a report reached the team. */
public enum Channel {
    WEB_FORM, API, EMAIL;

    public String labelKey() {
        return "report.channel." + name();
    }
}
