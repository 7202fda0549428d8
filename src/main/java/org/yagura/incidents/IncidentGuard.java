package org.yagura.incidents;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access policy of incidents for records that hang off an incident (reviews, statements):
 * the incident if the caller may read it (404 otherwise) or change it (403 when it may only read).
 */
@Component
@Transactional(readOnly = true)
public class IncidentGuard {

    private final IncidentAccess access;
    private final IncidentRepository incidents;

    IncidentGuard(IncidentAccess access, IncidentRepository incidents) {
        this.access = access;
        this.incidents = incidents;
    }

    /** The incident, if the caller may read it; otherwise a 404 that does not reveal it exists. */
    public IncidentView readable(String key) {
        return access.readable(key).view();
    }

    /** The incident, if the caller may change it; 404 when it may not read it, 403 when it may only read. */
    public IncidentView writable(String key) {
        return access.writable(key).view();
    }

    /** Whether the incident exists and the caller may read it (without the 404, which would spoil the transaction). */
    public boolean canRead(String key) {
        return incidents.findByIncidentKey(key).map(i -> access.canRead(i.view())).orElse(false);
    }
}
