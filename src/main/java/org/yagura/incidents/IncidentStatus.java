package org.yagura.incidents;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident is in its handling. Work moves forward one phase at a time or skips phases
 * that do not apply; it never moves back except by reopening a closed incident.
 */
public enum IncidentStatus {
    NEW, OPEN, ANALYSIS, CONTAINMENT, ERADICATION, RECOVERY, CLOSED;

    /** The statuses an incident in this status may move to. */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case CLOSED -> EnumSet.of(OPEN);
            default -> {
                EnumSet<IncidentStatus> later = EnumSet.noneOf(IncidentStatus.class);
                for (IncidentStatus s : values()) {
                    if (s.ordinal() > ordinal() && s != NEW) {
                        later.add(s);
                    }
                }
                yield later;
            }
        };
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String labelKey() {
        return "incidents.status." + name();
    }
}
