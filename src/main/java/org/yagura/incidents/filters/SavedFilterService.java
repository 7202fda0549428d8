package org.yagura.incidents.filters;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.Viewer;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/**
 * The front door for saved filters of the incident list: save the current filters under a name,
 * privately or shared with one of the caller's teams; list, rename, change and delete one's own;
 * pick any visible one as one's default list. Every change goes to the audit trail.
 */
@Service
@Transactional
public class SavedFilterService {

    static final int MAX_NAME = 100;
    private final SavedFilterStore store;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    SavedFilterService(SavedFilterStore store, AccessPolicy policy, ApplicationEventPublisher events) {
        this.store = store;
        this.policy = policy;
        this.events = events;
    }

    /** The caller's own filters, then those shared with the caller's teams. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<SavedFilter> list() {
        Viewer viewer = viewer();
        Optional<UUID> preferred = store.defaultOf(viewer.userId());
        return store.visible(viewer.userId(), viewer.teams()).stream().map(r -> view(r, viewer, preferred)).toList();
    }

    /** One filter the caller may see. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public SavedFilter get(UUID id) {
        Viewer viewer = viewer();
        return view(visible(id, viewer), viewer, store.defaultOf(viewer.userId()));
    }

    /** The caller's default filter, if one is set and still visible. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public Optional<SavedFilter> defaultFilter() {
        Viewer viewer = viewer();
        Optional<UUID> preferred = store.defaultOf(viewer.userId());
        return preferred.flatMap(store::find).filter(r -> canSee(r, viewer)).map(r -> view(r, viewer, preferred));
    }

    /** Saves {@code filter} (field → value) under {@code name}; shared with {@code teamId} when given. */
    @PreAuthorize("hasRole('OBSERVER')")
    public SavedFilter save(String name, Map<String, String> filter, @Nullable UUID teamId, boolean makeDefault) {
        Viewer viewer = viewer();
        String checkedName = name(name);
        String query = SavedFilterFields.toQuery(SavedFilterFields.check(filter));
        requireTeam(teamId, viewer);
        if (store.nameTaken(viewer.userId(), checkedName, null)) {
            throw new ConflictException("incidents.filters.name-taken", checkedName);
        }
        Instant now = now();
        SavedFilterStore.Row row = new SavedFilterStore.Row(UUID.randomUUID(), viewer.userId(), Actor.current().username(),
                teamId, checkedName, query, now, now, 0);
        store.insert(row);
        events.publishEvent(SavedFilterChanged.of("incident-filter.saved", row.id().toString(),
                describe(checkedName, query, teamId)));
        if (makeDefault) {
            setDefault(row.id());
        }
        return get(row.id());
    }

    /** Saves the filters of a list page query string ({@code queue=OPEN&status=NEW…}). */
    @PreAuthorize("hasRole('OBSERVER')")
    public SavedFilter saveQuery(String name, String query, @Nullable UUID teamId, boolean makeDefault) {
        return save(name, SavedFilterFields.parse(query), teamId, makeDefault);
    }

    /** Replaces name, filter and sharing of one of the caller's filters; a stale version is a 409. */
    @PreAuthorize("hasRole('OBSERVER')")
    public SavedFilter change(UUID id, String name, Map<String, String> filter, @Nullable UUID teamId,
            @Nullable Long expectedVersion) {
        Viewer viewer = viewer();
        SavedFilterStore.Row row = own(id, viewer);
        String checkedName = name(name);
        String query = SavedFilterFields.toQuery(SavedFilterFields.check(filter));
        requireTeam(teamId, viewer);
        if (store.nameTaken(viewer.userId(), checkedName, id)) {
            throw new ConflictException("incidents.filters.name-taken", checkedName);
        }
        long version = expectedVersion == null ? row.version() : expectedVersion;
        if (!store.update(id, checkedName, query, teamId, version, now())) {
            throw new ObjectOptimisticLockingFailureException(SavedFilter.class, id);
        }
        if (!java.util.Objects.equals(teamId, row.teamId())) {
            store.dropDefaultsOfOthers(id, viewer.userId());
        }
        events.publishEvent(SavedFilterChanged.of("incident-filter.changed", id.toString(),
                describe(row.name(), row.query(), row.teamId()) + " → " + describe(checkedName, query, teamId)));
        return get(id);
    }

    /** Gives one of the caller's filters another name. */
    @PreAuthorize("hasRole('OBSERVER')")
    public SavedFilter rename(UUID id, String name) {
        SavedFilterStore.Row row = own(id, viewer());
        return change(id, name, SavedFilterFields.parse(row.query()), row.teamId(), row.version());
    }

    /** Deletes one of the caller's filters (and it stops being anyone's default). */
    @PreAuthorize("hasRole('OBSERVER')")
    public void delete(UUID id) {
        SavedFilterStore.Row row = own(id, viewer());
        store.delete(id);
        events.publishEvent(SavedFilterChanged.of("incident-filter.deleted", id.toString(),
                describe(row.name(), row.query(), row.teamId())));
    }

    /** Makes a visible filter the list the caller sees first. */
    @PreAuthorize("hasRole('OBSERVER')")
    public SavedFilter setDefault(UUID id) {
        Viewer viewer = viewer();
        SavedFilterStore.Row row = visible(id, viewer);
        store.setDefault(viewer.userId(), id, now());
        events.publishEvent(SavedFilterChanged.of("incident-filter.default-set", id.toString(),
                Actor.current().username() + ": " + row.name()));
        return get(id);
    }

    /** The caller sees the plain list first again. */
    @PreAuthorize("hasRole('OBSERVER')")
    public void clearDefault() {
        Viewer viewer = viewer();
        if (store.clearDefault(viewer.userId())) {
            events.publishEvent(SavedFilterChanged.of("incident-filter.default-cleared", viewer.userId().toString(),
                    Actor.current().username()));
        }
    }

    /** The teams the caller belongs to, with which a filter may be shared. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public java.util.Set<UUID> shareableTeams() {
        return viewer().teams();
    }

    private SavedFilterStore.Row visible(UUID id, Viewer viewer) {
        return store.find(id).filter(r -> canSee(r, viewer))
                .orElseThrow(() -> new NotFoundException("incidents.filters.not-found", id));
    }

    private SavedFilterStore.Row own(UUID id, Viewer viewer) {
        SavedFilterStore.Row row = visible(id, viewer);
        if (!row.ownerId().equals(viewer.userId())) {
            throw new AccessDeniedException("saved filter " + id + " belongs to " + row.owner());
        }
        return row;
    }

    private static boolean canSee(SavedFilterStore.Row row, Viewer viewer) {
        return row.ownerId().equals(viewer.userId()) || (row.teamId() != null && viewer.teams().contains(row.teamId()));
    }

    private static void requireTeam(@Nullable UUID teamId, Viewer viewer) {
        if (teamId != null && !viewer.teams().contains(teamId)) {
            throw new BadRequestException("incidents.filters.not-your-team", teamId);
        }
    }

    private static String name(@Nullable String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new BadRequestException("incidents.filters.name-invalid", MAX_NAME);
        }
        return stripped;
    }

    private Viewer viewer() {
        return policy.currentViewer().orElseThrow(() -> new AccessDeniedException("no signed-in user"));
    }

    private static SavedFilter view(SavedFilterStore.Row r, Viewer viewer, Optional<UUID> preferred) {
        return new SavedFilter(r.id(), r.name(), SavedFilterFields.parse(r.query()), r.query(), r.owner(), r.teamId(),
                r.ownerId().equals(viewer.userId()), preferred.filter(r.id()::equals).isPresent(), r.createdAt(),
                r.updatedAt(), r.version());
    }

    private static String describe(String name, String query, @Nullable UUID teamId) {
        return "name: " + name + "; filter: " + query + "; shared with: " + (teamId == null ? "∅" : teamId);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
