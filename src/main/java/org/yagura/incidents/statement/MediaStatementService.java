package org.yagura.incidents.statement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.Role;
import org.yagura.incidents.IncidentGuard;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.shared.Actor;
import org.yagura.shared.api.NotFoundException;

/** The front door of media statements on an incident: drafting, editing, submitting, approving and releasing them. */
@Service
@Transactional
public class MediaStatementService {

    private final IncidentGuard guard;
    private final MediaStatementStore store;
    private final JournalService journal;
    private final ApplicationEventPublisher events;

    MediaStatementService(IncidentGuard guard, MediaStatementStore store, JournalService journal,
            ApplicationEventPublisher events) {
        this.guard = guard;
        this.store = store;
        this.journal = journal;
        this.events = events;
    }

    /** The statements of an incident the caller may read, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<MediaStatementView> statements(String key) {
        return store.of(guard.readable(key).id());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public MediaStatementView get(String key, UUID id) {
        return load(guard.readable(key), id).view();
    }

    /** Drafts a statement; the caller is its author. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public MediaStatementView draft(String key, MediaStatementDraft draft) {
        IncidentView incident = guard.writable(key);
        MediaStatement statement = MediaStatement.draft(incident.id(), incident.key(), draft, Actor.current().username(), now());
        store.insert(statement);
        record(incident, statement.view(), "statement.drafted", "drafted");
        return statement.view();
    }

    /** Changes the text; a submitted or approved statement returns to draft. A stale version is a 409. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public MediaStatementView edit(String key, UUID id, MediaStatementDraft draft, @Nullable Long expectedVersion) {
        return step(key, id, expectedVersion, "statement.edited", "edited",
                (s, by) -> s.edit(draft, by, now()));
    }

    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public MediaStatementView submit(String key, UUID id, @Nullable Long expectedVersion) {
        return step(key, id, expectedVersion, "statement.submitted", "submitted for approval", (s, by) -> s.submit(by, now()));
    }

    /** Approves a submitted statement: a team lead or administrator who is neither its author nor its last editor. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public MediaStatementView approve(String key, UUID id, @Nullable Long expectedVersion) {
        boolean lead = hasAuthority(Role.TEAM_LEAD) || hasAuthority(Role.ADMINISTRATOR);
        return step(key, id, expectedVersion, "statement.approved", "approved", (s, by) -> s.approve(by, lead, now()));
    }

    /** Marks an approved statement released; a statement not approved yet cannot be. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public MediaStatementView release(String key, UUID id, @Nullable Long expectedVersion) {
        return step(key, id, expectedVersion, "statement.released", "released", (s, by) -> s.release(by, now()));
    }

    private MediaStatementView step(String key, UUID id, @Nullable Long expectedVersion, String action, String verb,
            BiConsumer<MediaStatement, String> change) {
        IncidentView incident = guard.writable(key);
        MediaStatement statement = load(incident, id);
        long version = expectedVersion == null ? statement.version() : expectedVersion;
        if (version != statement.version()) {
            throw new ObjectOptimisticLockingFailureException(MediaStatementView.class, id);
        }
        change.accept(statement, Actor.current().username());
        if (!store.update(statement, version)) {
            throw new ObjectOptimisticLockingFailureException(MediaStatementView.class, id);
        }
        MediaStatementView saved = load(incident, id).view();
        record(incident, saved, action, verb);
        return saved;
    }

    private void record(IncidentView incident, MediaStatementView v, String action, String verb) {
        // the journal shows the step in each reader's language; the audit trail keeps the English text
        String summary = journal.addSystem(incident.key(), JournalKind.COMMUNICATION, org.yagura.incidents.JournalMessage.of(
                "incidents.journal.sys." + action, v.language(), v.title())).body();
        events.publishEvent(new MediaStatementChanged(Actor.current(), action, v.id(), incident.key(),
                incident.key() + ": " + summary));
    }

    private MediaStatement load(IncidentView incident, UUID id) {
        return store.find(incident.id(), id).orElseThrow(() -> new NotFoundException("statement.not-found", id));
    }

    private static boolean hasAuthority(Role role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
