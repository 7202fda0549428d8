package org.yagura.incidents.sla;

import java.time.LocalDate;
import java.util.Locale;

/** A day the team does not work, named in English and Japanese. */
public record Holiday(LocalDate date, String nameEn, String nameJa) {

    /** The name in the given language (Japanese for {@code ja}, else English). */
    public String name(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
    }
}
