package org.yagura.taxonomy;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The name and description of a class, type or marking, in English and Japanese. */
public record TaxonomyLabels(String en, String ja, @Nullable String descriptionEn, @Nullable String descriptionJa) {

    /** The label in the given language: Japanese for {@code ja}, English otherwise. */
    public String label(Locale locale) {
        return isJapanese(locale) ? ja : en;
    }

    /** The description in the given language, or empty. */
    public String description(Locale locale) {
        String d = isJapanese(locale) ? descriptionJa : descriptionEn;
        return d == null ? "" : d;
    }

    /** The label in the other language than the given one, shown beside it for reference. */
    public String otherLabel(Locale locale) {
        return isJapanese(locale) ? en : ja;
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
