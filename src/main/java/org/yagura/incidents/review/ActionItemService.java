package org.yagura.incidents.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.incidents.IncidentGuard;
import org.yagura.incidents.IncidentView;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;

/** The front door of review action items: adding them, moving them to done or cancelled, and the open ones across incidents. */
@Service
@Transactional
public class ActionItemService {

    static final int LIST_LIMIT = 500;
    private final IncidentGuard guard;
    private final ReviewStore store;
    private final UserService users;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    ActionItemService(IncidentGuard guard, ReviewStore store, UserService users, AccessPolicy policy,
            ApplicationEventPublisher events) {
        this.guard = guard;
        this.store = store;
        this.users = users;
        this.policy = policy;
        this.events = events;
    }

    /** The action items of an incident's review, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ActionItemView> actions(String key) {
        return store.actions(guard.readable(key).id());
    }

    /** Adds an action item; its owner must be an enabled staff member who may change records. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public ActionItemView add(String key, NewActionItem item) {
        IncidentView incident = guard.writable(key);
        UserSummary owner = users.findByUsername(item.owner().strip())
                .filter(u -> u.enabled() && u.role().isStaff() && u.role().canWrite())
                .orElseThrow(() -> new BadRequestException("review.action.owner-unknown", item.owner().strip()));
        ActionItemView added = store.insertAction(incident.id(), incident.key(), item.title().strip(), owner.id(),
                owner.username(), item.dueDate(), Actor.current().username(), ReviewService.now());
        events.publishEvent(ReviewChanged.of("review.action-added", incident.key(), "action item added: " + added.title()
                + "; owner: " + added.owner() + (added.dueDate() == null ? "" : "; due: " + added.dueDate())));
        return added;
    }

    /** Moves an action item to another state; a stale version is a 409. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public ActionItemView setState(String key, UUID actionId, ActionItemState state, long expectedVersion) {
        IncidentView incident = guard.writable(key);
        ActionItemView item = store.action(incident.id(), actionId)
                .orElseThrow(() -> new NotFoundException("review.action.not-found", actionId));
        if (item.state() == state) {
            return item;
        }
        if (!store.setActionState(actionId, state, expectedVersion, ReviewService.now())) {
            throw new ObjectOptimisticLockingFailureException(ActionItemView.class, actionId);
        }
        events.publishEvent(ReviewChanged.of("review.action-changed", incident.key(),
                "action item " + item.title() + ": " + item.state() + " → " + state));
        return store.action(incident.id(), actionId).orElseThrow();
    }

    /** Open action items across the incidents the caller may read: only the caller's ({@code mine}), only overdue ones. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ActionItemView> open(boolean mine, boolean overdue, ZoneId zone) {
        UUID owner = mine ? policy.currentUserId().orElseThrow() : null;
        List<ActionItemView> rows = store.openActions(owner, overdue ? LocalDate.now(zone) : null, LIST_LIMIT);
        Map<String, Boolean> readable = new HashMap<>();
        return rows.stream().filter(a -> readable.computeIfAbsent(a.incidentKey(), guard::canRead)).toList();
    }
}
