package org.yagura.observables;

import java.util.List;

/**
 * One observable of a record and what it correlates with. {@code status}: {@code correlated} (fanned out),
 * {@code noise} (on a warninglist, not overridden), {@code too-common} (linked to more records than the limit).
 */
public record CorrelatedObservable(ObservableSummary observable, String status, List<RelatedRecord> related) {

    public CorrelatedObservable {
        related = List.copyOf(related);
    }
}
