package org.yagura.taxonomy.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.taxonomy.TaxonomyClassSummary;
import org.yagura.taxonomy.TaxonomyLabels;
import org.yagura.taxonomy.TaxonomyTypeSummary;

/** A class with its types; {@code label} and {@code description} are in the caller's language. */
record TaxonomyClassResponse(String key, String label, String description, String labelEn, String labelJa,
        @Nullable String descriptionEn, @Nullable String descriptionJa, String source, boolean deprecated,
        @Nullable UUID upstreamUuid, Instant createdAt, long version, List<Type> types) {

    /** A type of the class; {@code qualifiedKey} is what other records store. */
    record Type(String classKey, String key, String qualifiedKey, String label, String description, String labelEn,
            String labelJa, @Nullable String descriptionEn, @Nullable String descriptionJa, String source,
            boolean deprecated, @Nullable UUID upstreamUuid, Instant createdAt, long version) {

        static Type of(TaxonomyTypeSummary t, Locale locale) {
            TaxonomyLabels l = t.labels();
            return new Type(t.classKey(), t.key(), t.qualifiedKey(), l.label(locale), l.description(locale), l.en(), l.ja(),
                    l.descriptionEn(), l.descriptionJa(), t.source().code(), t.deprecated(), t.upstreamUuid(),
                    t.createdAt(), t.version());
        }
    }

    static TaxonomyClassResponse of(TaxonomyClassSummary c, Locale locale) {
        TaxonomyLabels l = c.labels();
        return new TaxonomyClassResponse(c.key(), l.label(locale), l.description(locale), l.en(), l.ja(),
                l.descriptionEn(), l.descriptionJa(), c.source().code(), c.deprecated(), c.upstreamUuid(), c.createdAt(),
                c.version(), c.types().stream().map(t -> Type.of(t, locale)).toList());
    }
}
