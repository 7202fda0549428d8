package org.yagura.observables;

import java.util.List;
import java.util.Map;

/**
 * What a record's observables correlate with, limited to what the viewer may see: per observable, and as
 * the distinct other records ({@code records}, each once, with the values shared) counted by kind.
 */
public record Correlation(LinkedRecord record, List<CorrelatedObservable> observables, List<SharedRecord> records,
        Map<String, Integer> countsByKind, int tooCommonLimit) {

    /** Another record and the values of this record it shares. */
    public record SharedRecord(String kind, String key, String path, List<String> values) {
    }
}
