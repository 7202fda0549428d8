package org.yagura.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The language and time zone of the session's user, kept in the session by the identity module. */
public final class UserPreferences {

    public static final Set<String> LANGUAGES = Set.of("ja", "en");
    static final String LOCALE = UserPreferences.class.getName() + ".locale";
    static final String ZONE = UserPreferences.class.getName() + ".zone";

    private UserPreferences() {
    }

    /** Stores the preferences of the user who just signed in or changed them. */
    public static void store(HttpSession session, @Nullable String language, @Nullable ZoneId zone) {
        if (language != null && LANGUAGES.contains(language)) {
            session.setAttribute(LOCALE, Locale.forLanguageTag(language));
        }
        if (zone != null) {
            session.setAttribute(ZONE, zone);
        }
    }

    static @Nullable Locale locale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (Locale) session.getAttribute(LOCALE);
    }

    static @Nullable ZoneId zone(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (ZoneId) session.getAttribute(ZONE);
    }
}
