package org.yagura.incidents;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.ProtectedRecord;
import org.yagura.shared.Actor;
import org.yagura.shared.api.NotFoundException;

/** Loads incidents through the access policy and tells the journal and the audit trail what changed. */
@Component
class IncidentAccess {

    private final IncidentRepository incidents;
    private final AccessPolicy policy;
    private final IncidentJournal journal;
    private final ApplicationEventPublisher events;

    IncidentAccess(IncidentRepository incidents, AccessPolicy policy, IncidentJournal journal,
            ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.policy = policy;
        this.journal = journal;
        this.events = events;
    }

    /** The incident, if the caller may read it; otherwise 404, so that its existence is not revealed. */
    Incident readable(String key) {
        return incidents.findByIncidentKey(key).filter(i -> canRead(i.view()))
                .orElseThrow(() -> new NotFoundException("incidents.not-found", key));
    }

    /** The incident, if the caller may change it (404 when it may not even read it, 403 when it may only read). */
    Incident writable(String key) {
        Incident incident = readable(key);
        boolean allowed = policy.currentViewer().map(v -> policy.canWrite(v, record(incident.view()))).orElse(false);
        if (!allowed) {
            throw new AccessDeniedException("incident " + key + " is read-only for the caller");
        }
        return incident;
    }

    boolean canRead(IncidentView v) {
        return policy.currentViewer().map(viewer -> policy.canRead(viewer, record(v))).orElse(false);
    }

    /** The same check for many incidents: the caller's viewer (teams, constituency) is looked up once. */
    java.util.function.Predicate<IncidentView> readable() {
        var viewer = policy.currentViewer();
        return v -> viewer.map(value -> policy.canRead(value, record(v))).orElse(false);
    }

    /** Writes a system entry in the journal and publishes the audit event, both inside the caller's transaction. */
    void record(Incident incident, JournalKind kind, String action, JournalMessage message) {
        Actor actor = Actor.current();
        // the audit trail keeps the English text, as it did before entries had messages
        String summary = journal.append(incident.id(), incident.key(), kind, message, null, actor.username()).body();
        events.publishEvent(new IncidentChanged(actor, action, incident.id(), incident.key(), summary));
    }

    /** Publishes the audit event only (the journal entry was written by the caller). */
    void audit(Incident incident, String action, String summary) {
        events.publishEvent(new IncidentChanged(Actor.current(), action, incident.id(), incident.key(), summary));
    }

    /** Publishes an audit event about a record of the module that is not an incident (a playbook). */
    void audit(String subject, String action, String summary) {
        events.publishEvent(new PlaybookChanged(Actor.current(), action, subject, summary));
    }

    static ProtectedRecord record(IncidentView v) {
        return new ProtectedRecord(v.teamId(), v.constituency(), v.tlp(), v.participants());
    }
}
