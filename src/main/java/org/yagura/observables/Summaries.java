package org.yagura.observables;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns stored rows into the public records: warninglist hits, defanged form, localised reasons. */
@Component
class Summaries {

    private final Warninglists warninglists;
    private final MessageSource messages;
    private final Canonicaliser canonicaliser = new Canonicaliser();

    Summaries(Warninglists warninglists, MessageSource messages) {
        this.warninglists = warninglists;
        this.messages = messages;
    }

    ObservableSummary of(StoredObservable o) {
        return of(o, o.recordCount());
    }

    /** The summary with the number of linked records a viewer may read in place of the total. */
    ObservableSummary of(StoredObservable o, int recordCount) {
        return new ObservableSummary(o.id(), o.value().type(), o.value().otherType(), o.value().value(), o.value().display(),
                canonicaliser.defang(o.value()), o.firstSeen(), o.lastSeen(), recordCount, o.correlateOverride(),
                warninglists.matcher().hits(o.value()));
    }

    ObservableLink link(LinkRepository.Row r, StoredObservable o) {
        return new ObservableLink(r.id(), of(o), r.recordKind(), r.recordId(), r.recordKey(), r.role(), r.firstSeen(),
                r.lastSeen(), r.tags(), r.tlp(), r.comment(), r.createdBy(), r.createdAt());
    }

    ItemResult invalid(int index, Parsed.Rejected rejected) {
        return new ItemResult(index, "invalid", null, null, null, reason(rejected), rejected.messageKey());
    }

    String reason(Parsed.Rejected rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments().toArray(), rejected.messageKey(),
                LocaleContextHolder.getLocale());
    }
}
