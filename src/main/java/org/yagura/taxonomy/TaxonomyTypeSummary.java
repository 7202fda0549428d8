package org.yagura.taxonomy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A type of a class, e.g. {@code malicious-code/c2-server}; {@code upstreamUuid} is the MISP uuid of a shipped type. */
public record TaxonomyTypeSummary(String classKey, String key, TaxonomyLabels labels, TaxonomySource source,
        boolean deprecated, @Nullable UUID upstreamUuid, Instant createdAt, long version) {

    /** {@code class/type}, the key other modules store. */
    public String qualifiedKey() {
        return classKey + "/" + key;
    }
}
