package org.yagura.taxonomy;

import java.util.Locale;

/** Where a class or type comes from: the shipped RSIT taxonomy, or the team itself. */
public enum TaxonomySource {
    RSIT, LOCAL;

    /** The stored and serialised form, {@code rsit} or {@code local}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of its name, {@code taxonomy.source.rsit} or {@code taxonomy.source.local}. */
    public String labelKey() {
        return "taxonomy.source." + code();
    }

    static TaxonomySource of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
