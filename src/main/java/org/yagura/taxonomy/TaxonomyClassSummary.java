package org.yagura.taxonomy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A class of the classification with its types, e.g. {@code malicious-code}. */
public record TaxonomyClassSummary(String key, TaxonomyLabels labels, TaxonomySource source, boolean deprecated,
        @Nullable UUID upstreamUuid, Instant createdAt, long version, List<TaxonomyTypeSummary> types) {

    public TaxonomyClassSummary {
        types = List.copyOf(types);
    }
}
