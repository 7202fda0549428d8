package org.yagura.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own data: messages in the user's language, times in
 * the user's zone, the signed-in user, the CSRF token and the navigation. Templates receive it as {@code ctx}.
 */
public final class PageContext {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final @Nullable String username;
    private final @Nullable String displayName;
    private final Set<String> authorities;
    private final @Nullable CsrfToken csrf;
    private final List<NavigationGroup> navigation;
    private final String teamName;
    private final String path;

    PageContext(MessageSource messages, Locale locale, ZoneId zone, @Nullable String username, @Nullable String displayName,
            Set<String> authorities, @Nullable CsrfToken csrf, List<NavigationGroup> navigation, String teamName, String path) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.username = username;
        this.displayName = displayName;
        this.authorities = Set.copyOf(authorities);
        this.csrf = csrf;
        this.navigation = List.copyOf(navigation);
        this.teamName = teamName;
        this.path = path;
    }

    /** The message for {@code key} in the user's language; a missing key shows as itself. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** An instant in the user's time zone, {@code yyyy-MM-dd HH:mm:ss}; empty for null. */
    public String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String language() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean signedIn() {
        return username != null;
    }

    public @Nullable String username() {
        return username;
    }

    public String displayName() {
        return displayName != null ? displayName : username != null ? username : "";
    }

    public boolean hasRole(String role) {
        return authorities.contains("ROLE_" + role);
    }

    public @Nullable CsrfToken csrf() {
        return csrf;
    }

    /** The htmx header attribute value that sends the CSRF token with every htmx request. */
    public String csrfHeaders() {
        return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
    }

    public List<NavigationGroup> navigation() {
        return navigation;
    }

    public String teamName() {
        return teamName;
    }

    public String path() {
        return path;
    }

    /** True when the current page is {@code prefix} or below it, to highlight the navigation. */
    public boolean active(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
