package org.yagura.incidents;

/**
 * A rule another part of the platform adds to closing an incident (a post-incident review, for
 * example). {@link IncidentService} asks every such bean before it closes an incident; a check
 * refuses by throwing a {@link org.yagura.shared.api.YaguraException} with the reason.
 */
public interface IncidentCloseCheck {

    /** Refuses closing {@code incident} as {@code resolution} by throwing; returns when closing may go on. */
    void checkClose(IncidentView incident, Resolution resolution);
}
