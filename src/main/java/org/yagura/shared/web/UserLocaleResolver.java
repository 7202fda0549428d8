package org.yagura.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * Language and time zone of a request: the user's stored choice, else a {@code lang} choice made
 * before signing in, else the browser's Accept-Language (Japanese or English), else English.
 */
class UserLocaleResolver extends AbstractLocaleContextResolver {

    private static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);
    private final ZoneId defaultZone;

    UserLocaleResolver(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
        setDefaultLocale(Locale.ENGLISH);
    }

    /** Evaluated at each use, so a language switch within the request (the {@code lang} parameter) applies at once. */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                Locale locale = UserPreferences.locale(request);
                return locale != null ? locale : fromBrowser(request);
            }

            @Override
            public TimeZone getTimeZone() {
                ZoneId zone = UserPreferences.zone(request);
                return TimeZone.getTimeZone(zone == null ? defaultZone : zone);
            }
        };
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable LocaleContext localeContext) {
        if (localeContext != null && localeContext.getLocale() != null) {
            UserPreferences.store(request.getSession(), localeContext.getLocale().getLanguage(), null);
        }
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(request.getHeader("Accept-Language"));
            Locale match = Locale.lookup(ranges, SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
