package org.yagura.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, from where and when: captured on the thread that made the change, because
 * audit listeners run later on another thread.
 */
public record Actor(String username, @Nullable String clientAddress, Instant at) {

    public static final String SYSTEM = "system";

    /** The current user (or {@code system}) and client address, now. */
    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())
                ? auth.getName() : SYSTEM;
        return new Actor(name, currentClientAddress(), now());
    }

    /** A named actor (for example a user who is not logged in yet) at the current client address. */
    public static Actor named(String username) {
        return new Actor(username, currentClientAddress(), now());
    }

    /** The system itself, for changes made at start-up or by jobs. */
    public static Actor system() {
        return new Actor(SYSTEM, null, now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
