package org.yagura.incidents.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.incidents.IncidentGuard;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.JournalKind;
import org.yagura.incidents.JournalService;
import org.yagura.shared.Actor;
import org.yagura.taxonomy.Priority;

/**
 * The front door of post-incident reviews: reading, writing and completing the review of an incident, and
 * the priorities whose incidents need a completed review before they close.
 */
@Service
@Transactional
public class ReviewService {

    private final IncidentGuard guard;
    private final ReviewStore store;
    private final JournalService journal;
    private final ApplicationEventPublisher events;

    ReviewService(IncidentGuard guard, ReviewStore store, JournalService journal, ApplicationEventPublisher events) {
        this.guard = guard;
        this.store = store;
        this.journal = journal;
        this.events = events;
    }

    /** The review of an incident the caller may read; an empty one (version -1) when nobody wrote it yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public ReviewView review(String key) {
        IncidentView incident = guard.readable(key);
        return store.review(incident.id()).orElseGet(() -> ReviewView.none(incident.key()));
    }

    /** Writes the review's text; {@code expectedVersion} is the version read (-1 for a new review, null: no check). */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public ReviewView save(String key, ReviewText text, @Nullable Long expectedVersion) {
        IncidentView incident = guard.writable(key);
        ReviewView current = store.review(incident.id()).orElseGet(() -> ReviewView.none(incident.key()));
        ReviewText change = text.stripped();
        ReviewRules.requireKeepsCompleteness(current, change);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (!store.saveText(incident.id(), incident.key(), change, version, Actor.current().username(), now())) {
            throw new ObjectOptimisticLockingFailureException(ReviewView.class, incident.key());
        }
        events.publishEvent(ReviewChanged.of("review.saved", incident.key(), "review text saved"));
        return store.review(incident.id()).orElseThrow();
    }

    /** Completes the review (it needs a summary and a root cause) and notes it in the incident's journal. */
    @PreAuthorize("hasRole('INCIDENT_HANDLER')")
    public ReviewView complete(String key, @Nullable Long expectedVersion) {
        IncidentView incident = guard.writable(key);
        ReviewView current = store.review(incident.id()).orElseGet(() -> ReviewView.none(incident.key()));
        ReviewRules.requireCompletable(current);
        if (current.completed()) {
            return current;
        }
        Instant now = now();
        String by = Actor.current().username();
        if (!store.setCompleted(incident.id(), now, by, expectedVersion == null ? current.version() : expectedVersion, now)) {
            throw new ObjectOptimisticLockingFailureException(ReviewView.class, incident.key());
        }
        journal.addSystem(incident.key(), JournalKind.NOTE,
                org.yagura.incidents.JournalMessage.of("incidents.journal.sys.review-completed", by));
        events.publishEvent(ReviewChanged.of("review.completed", incident.key(), "review completed"));
        return store.review(incident.id()).orElseThrow();
    }

    /** The priorities whose incidents cannot be closed as resolved or no action without a completed review. */
    @Transactional(readOnly = true)
    public Set<Priority> requiredPriorities() {
        return store.requiredPriorities();
    }

    /** Replaces the priorities that need a review (team leads and administrators). */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public Set<Priority> changeRequiredPriorities(Set<Priority> priorities) {
        Set<Priority> old = store.requiredPriorities();
        if (!old.equals(Set.copyOf(priorities))) {
            store.replaceRequiredPriorities(priorities, Actor.current().username());
            events.publishEvent(new ReviewChanged(Actor.current(), "review.settings-changed", "review-settings",
                    "required-priorities", "required for: " + new TreeSet<>(old) + " → " + new TreeSet<>(priorities)));
        }
        return store.requiredPriorities();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
