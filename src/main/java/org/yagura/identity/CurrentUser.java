package org.yagura.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in principal of the current thread. */
final class CurrentUser {

    private CurrentUser() {
    }

    static Optional<YaguraPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof YaguraPrincipal p ? Optional.of(p) : Optional.empty();
    }

    static YaguraPrincipal require() {
        return principal().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    static boolean isSelfOrAdministrator(UUID userId) {
        return principal().map(p -> p.id().equals(userId) || p.role() == Role.ADMINISTRATOR).orElse(false);
    }
}
