package org.yagura.observables;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/** The front door of warninglists: which lists exist, which a value is on, and administrators adding lists and entries. */
@Service
@Transactional
public class WarninglistService {

    private final Warninglists warninglists;
    private final ApplicationEventPublisher events;

    WarninglistService(Warninglists warninglists, ApplicationEventPublisher events) {
        this.warninglists = warninglists;
        this.events = events;
    }

    /** Every list, shipped ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<WarninglistSummary> lists() {
        return warninglists.matcher().lists().stream().map(WarninglistSummary::of).toList();
    }

    /** The names of the lists a value is on. */
    public List<String> hits(ObservableValue value) {
        return warninglists.matcher().hits(value);
    }

    /** Adds a list of an administrator's own. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public WarninglistSummary create(String name, String description, WarninglistType type, Set<ObservableType> matchingTypes,
            List<String> entries) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new BadRequestException("observable.warninglist.name.invalid");
        }
        if (warninglists.exists(n)) {
            throw new ConflictException("observable.warninglist.exists", n);
        }
        requireValid(type, entries);
        Actor actor = Actor.current();
        var list = new Warninglist(n, description.strip(), type, matchingTypes, List.of(), false);
        warninglists.insertList(list, actor.username());
        int added = warninglists.insertEntries(n, entries, actor.username());
        events.publishEvent(new ObservableChanged(actor, "warninglist.created", "warninglist", n,
                "type: " + type.misp() + "; matching: " + matchingTypes + "; entries: " + added));
        rebuildAfterCommit();
        return new WarninglistSummary(n, list.description(), type, matchingTypes, added, false);
    }

    /** Adds entries to any list, shipped or not; returns how many were new. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public int addEntries(String name, List<String> entries) {
        Warninglist list = warninglists.matcher().lists().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("observable.warninglist.not-found", name));
        requireValid(list.type(), entries);
        Actor actor = Actor.current();
        int added = warninglists.insertEntries(name, entries, actor.username());
        events.publishEvent(new ObservableChanged(actor, "warninglist.entries-added", "warninglist", name,
                added + " entries: " + Texts.abbreviate(String.join(", ", entries), 500)));
        rebuildAfterCommit();
        return added;
    }

    private static void requireValid(WarninglistType type, List<String> entries) {
        if (entries.size() > 100_000) {
            throw new BadRequestException("observable.warninglist.entries.too-many", 100_000);
        }
        for (String entry : entries) {
            String problem = WarninglistEntries.problem(type, entry);
            if (problem != null) {
                throw new BadRequestException(problem, Texts.abbreviate(entry, 100));
            }
        }
    }

    private void rebuildAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    warninglists.rebuild();
                }
            });
        } else {
            warninglists.rebuild();
        }
    }
}
