package org.yagura.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.taxonomy.TaxonomyService;

/**
 * The front door for playbooks: reading them and applying one to an incident; team leads and
 * administrators create, edit, deprecate and restore them, and delete one that was never applied.
 */
@Service
@Transactional
public class PlaybookService {

    private final PlaybookStore store;
    private final IncidentAccess access;
    private final TaskService tasks;
    private final IncidentReferences references;
    private final TaxonomyService taxonomy;

    PlaybookService(PlaybookStore store, IncidentAccess access, TaskService tasks, IncidentReferences references,
            TaxonomyService taxonomy) {
        this.store = store;
        this.access = access;
        this.tasks = tasks;
        this.references = references;
        this.taxonomy = taxonomy;
    }

    /** Every playbook, deprecated ones last. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<Playbook> list() {
        return store.all();
    }

    /** The playbooks that may be applied: those not deprecated. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<Playbook> offered() {
        return store.all().stream().filter(p -> !p.deprecated()).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public Playbook get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("incidents.playbook.not-found", id));
    }

    /**
     * Creates the playbook's tasks on the incident, worded in the caller's language, each due the step's
     * number of days from today; a deprecated playbook is refused (409).
     */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public List<TaskView> apply(String incidentKey, String playbookId) {
        Playbook playbook = get(playbookId);
        Incident incident = access.writable(incidentKey);
        if (playbook.deprecated()) {
            throw new ConflictException("incidents.playbook.deprecated", playbook.id());
        }
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(LocaleContextHolder.getTimeZone().toZoneId());
        List<TaskView> created = playbook.steps().stream()
                .map(s -> tasks.add(incident, new NewTask(s.title(locale), s.kind(), null,
                        s.dueDays() == null ? null : today.plusDays(s.dueDays()), s.description(locale))))
                .toList();
        store.recordUse(playbook.id(), playbook.version(), incident.id(), created.size(), Actor.current().username(),
                IncidentService.now());
        access.record(incident, JournalKind.TASK, "incident.playbook-applied",
                JournalMessage.of("incidents.journal.sys.playbook-applied", playbook.id(), created.size()));
        return created;
    }

    /** Adds a playbook; a taken identifier is a 409, an unknown or deprecated classification a 400. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public Playbook create(Playbook.Draft draft) {
        references.requireValid(draft, "incidents.playbook.invalid");
        requireClassification(draft.classKey(), draft.typeKey());
        if (store.exists(draft.id())) {
            throw new ConflictException("incidents.playbook.id-taken", draft.id());
        }
        store.insert(draft, Actor.current().username(), IncidentService.now());
        access.audit(draft.id(), "playbook.created", summary(draft.nameEn(), draft.classKey(), draft.typeKey(),
                draft.steps().size()));
        return get(draft.id());
    }

    /** Rewords a playbook and replaces its steps; a stale version is a 409. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public Playbook change(String id, Playbook.Change change) {
        references.requireValid(change, "incidents.playbook.invalid");
        Playbook before = get(id);
        String classKey = change.classKey() == null || change.classKey().isBlank() ? before.classKey() : change.classKey();
        String typeKey = change.classKey() == null || change.classKey().isBlank() ? before.typeKey() : change.typeKey();
        requireClassification(classKey, typeKey);
        if (!store.update(id, change, classKey, typeKey, Actor.current().username(), IncidentService.now())) {
            throw new ObjectOptimisticLockingFailureException(Playbook.class, id);
        }
        access.audit(id, "playbook.changed", summary(change.nameEn(), classKey, typeKey, change.steps().size())
                + (before.classKey().equals(classKey) ? "" : "; classification: " + before.classKey() + " → " + classKey));
        return get(id);
    }

    /** Withdraws a playbook from use, or (false) offers it again; its history stays. A stale version is a 409. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public Playbook deprecate(String id, boolean deprecated, long version) {
        Playbook before = get(id);
        if (before.deprecated() == deprecated) {
            return before;
        }
        if (!store.setDeprecated(id, deprecated, version, Actor.current().username(), IncidentService.now())) {
            throw new ObjectOptimisticLockingFailureException(Playbook.class, id);
        }
        access.audit(id, deprecated ? "playbook.deprecated" : "playbook.restored", before.nameEn());
        return get(id);
    }

    /** Deletes a playbook that was never applied; one that was is a 409 (deprecate it instead). */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public void delete(String id, long version) {
        Playbook before = get(id);
        if (!before.deletable()) {
            throw new ConflictException("incidents.playbook.in-use", id, before.uses());
        }
        if (!store.deleteUnused(id, version)) {
            throw new ObjectOptimisticLockingFailureException(Playbook.class, id);
        }
        access.audit(id, "playbook.deleted", before.nameEn() + " (" + before.steps().size() + " steps, never applied)");
    }

    private void requireClassification(String classKey, @org.jspecify.annotations.Nullable String typeKey) {
        if (typeKey != null && !typeKey.isBlank()) {
            taxonomy.requireActive(classKey, typeKey);
        } else if (taxonomy.classes(false).stream().noneMatch(c -> c.key().equals(classKey))) {
            throw new BadRequestException("incidents.playbook.class-unknown", classKey);
        }
    }

    private static String summary(String name, String classKey, @org.jspecify.annotations.Nullable String typeKey, int steps) {
        return name + "; classification: " + classKey + (typeKey == null || typeKey.isBlank() ? "" : "/" + typeKey)
                + "; " + steps + " steps";
    }
}
