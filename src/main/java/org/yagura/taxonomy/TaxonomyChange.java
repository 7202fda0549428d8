package org.yagura.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * A change to a class or type; null fields stay as they are. Labels and descriptions may change
 * only on local entries; {@code deprecated} on any. {@code version}, when given, must match.
 */
public record TaxonomyChange(@Nullable String labelEn, @Nullable String labelJa, @Nullable String descriptionEn,
        @Nullable String descriptionJa, @Nullable Boolean deprecated, @Nullable Long version) {

    public static TaxonomyChange deprecated(boolean flag) {
        return new TaxonomyChange(null, null, null, null, flag, null);
    }

    boolean changesWording() {
        return labelEn != null || labelJa != null || descriptionEn != null || descriptionJa != null;
    }

    TaxonomyLabels applyTo(TaxonomyLabels current) {
        return new TaxonomyLabels(labelEn != null ? labelEn : current.en(), labelJa != null ? labelJa : current.ja(),
                descriptionEn != null ? descriptionEn : current.descriptionEn(),
                descriptionJa != null ? descriptionJa : current.descriptionJa());
    }
}
