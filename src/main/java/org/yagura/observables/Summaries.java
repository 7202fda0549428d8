package org.yagura.observables;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns stored rows into the public records: warninglist hits, defanged form, localised reasons. */
@Component
class Summaries {

    private final Warninglists warninglists;
    private final MessageSource messages;
    private final ObservablesSettings settings;
    private final Canonicaliser canonicaliser = new Canonicaliser();

    Summaries(Warninglists warninglists, MessageSource messages, ObservablesSettings settings) {
        this.warninglists = warninglists;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * The summary a viewer gets: {@code readable} is the number of linked records they may read (never the total),
     * counted up to the too-common limit plus one; past the limit it is shown as "more than the limit".
     */
    ObservableSummary of(StoredObservable o, int readable) {
        int limit = settings.tooCommon();
        return new ObservableSummary(o.id(), o.value().type(), o.value().otherType(), o.value().value(), o.value().display(),
                canonicaliser.defang(o.value()), o.firstSeen(), o.lastSeen(), Math.min(readable, limit), readable > limit,
                o.correlateOverride(), warninglists.matcher().hits(o.value()));
    }

    /** Whether the value takes part in correlation: not on a warninglist, or someone overrode that. */
    boolean correlated(StoredObservable o) {
        return o.correlateOverride() || warninglists.matcher().hits(o.value()).isEmpty();
    }

    ObservableLink link(LinkRepository.Row r, ObservableSummary observable) {
        return new ObservableLink(r.id(), observable, r.recordKind(), r.recordId(), r.recordKey(), r.role(), r.firstSeen(),
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
