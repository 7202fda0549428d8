package org.yagura.observables;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;

/**
 * Changing and removing the links of a record the caller may change. Removing a link keeps the observable while
 * another record holds it or it has sightings; a value nothing refers to any more is removed with its last link.
 */
@Service
@Transactional
public class LinkService {

    private final ObservableRepository observables;
    private final LinkRepository links;
    private final LinkedRecords records;
    private final Summaries summaries;
    private final ApplicationEventPublisher events;
    private final ReadableLinks readableLinks;
    private final ObservablesSettings settings;

    LinkService(ObservableRepository observables, LinkRepository links, LinkedRecords records, Summaries summaries,
            ApplicationEventPublisher events, ReadableLinks readableLinks, ObservablesSettings settings) {
        this.readableLinks = readableLinks;
        this.settings = settings;
        this.observables = observables;
        this.links = links;
        this.records = records;
        this.summaries = summaries;
        this.events = events;
    }

    /** Whether the caller may change the links of the record (404 when they may not read it). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public boolean writable(String kind, String key) {
        records.readable(kind, key);
        try {
            records.writable(kind, key);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /** Replaces the context of one link of the record; 400 with the reason when the context is not acceptable. */
    @PreAuthorize("hasRole('ANALYST')")
    public ObservableLink edit(String kind, String key, UUID linkId, LinkEdit edit) {
        LinkedRecord record = records.writable(kind, key);
        LinkRepository.Row old = link(record, linkId);
        String problem = LinkContext.problem(edit.asNewLink());
        if (problem != null) {
            throw new BadRequestException(problem);
        }
        LinkRepository.Row shaped = LinkContext.row(edit.asNewLink(), old.observableId(), record, old.createdBy(), old.createdAt());
        LinkRepository.Row row = new LinkRepository.Row(old.id(), old.observableId(), old.recordKind(), old.recordId(), old.recordKey(),
                shaped.role(), shaped.firstSeen(), shaped.lastSeen(), shaped.tags(), shaped.tlp(), shaped.comment(), old.createdBy(),
                old.createdAt());
        links.updateContext(row);
        StoredObservable o = observables.findById(old.observableId()).orElseThrow();
        events.publishEvent(new ObservableChanged(Actor.current(), "observable.link-edited", kind, key,
                o.value().type().key() + " " + Texts.abbreviate(o.value().value(), 300) + ": " + describe(old) + " → " + describe(row)));
        int readable = readableLinks.counts(records.viewer(), List.of(o), settings.tooCommon()).get(o.id());
        return summaries.link(row, summaries.of(o, readable));
    }

    /** Removes one link of the record; the observable stays if another record holds it or it was sighted. */
    @PreAuthorize("hasRole('ANALYST')")
    public void unlink(String kind, String key, UUID linkId) {
        LinkedRecord record = records.writable(kind, key);
        LinkRepository.Row old = link(record, linkId);
        /*
         * The value's row is locked before its link goes, and linking locks it too (ObservableRepository#insertAndLock)
         * before writing a link. So removing the last link and linking the same value elsewhere take turns: if the link
         * comes first, the orphan check below sees it and keeps the value; if the removal comes first, the linker finds
         * the row gone once the lock is released and stores it again. Row locks behave alike on H2 and PostgreSQL, unlike
         * retrying after a foreign-key or unique violation (H2 lets a link to a concurrently deleted row commit), and a
         * deferred orphan sweep would only move the same race into a job.
         */
        StoredObservable o = observables.lock(old.observableId()).orElseThrow(() -> new NotFoundException("observable.link.not-found", linkId));
        if (!links.delete(linkId)) {
            throw new NotFoundException("observable.link.not-found", linkId);
        }
        observables.uncount(o.id());
        boolean removed = observables.deleteIfUnreferenced(o.id());
        events.publishEvent(new ObservableChanged(Actor.current(), "observable.unlinked", kind, key,
                o.value().type().key() + " " + Texts.abbreviate(o.value().value(), 300) + " (" + describe(old) + ")"
                        + (removed ? "; no other record holds it: removed from the store" : "")));
    }

    private LinkRepository.Row link(LinkedRecord record, UUID linkId) {
        return links.find(record.kind(), record.id(), linkId).orElseThrow(() -> new NotFoundException("observable.link.not-found", linkId));
    }

    private static String describe(LinkRepository.Row l) {
        return "role " + l.role().name().toLowerCase(java.util.Locale.ROOT) + ", tags [" + String.join(", ", l.tags()) + "], TLP "
                + (l.tlp() == null ? "-" : l.tlp().name()) + ", seen " + (l.firstSeen() == null ? "-" : l.firstSeen()) + " .. "
                + (l.lastSeen() == null ? "-" : l.lastSeen()) + ", comment " + (l.comment() == null ? "-"
                        : "\"" + Texts.abbreviate(l.comment(), 200) + "\"");
    }
}
