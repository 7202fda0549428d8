package org.yagura.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;

/** Records sign-in outcomes: the throttle counts, the user's last sign-in, and the audit events. */
@Component
class SignInRecorder {

    private final LoginThrottle throttle;
    private final UserRepository users;
    private final ApplicationEventPublisher events;

    SignInRecorder(LoginThrottle throttle, UserRepository users, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.users = users;
        this.events = events;
    }

    @Transactional
    void succeeded(YaguraPrincipal principal, String method) {
        throttle.recordSuccess(principal.getUsername());
        users.findById(principal.id()).ifPresent(User::signedIn);
        events.publishEvent(new SignInAttempted(Actor.named(principal.getUsername()), "login.succeeded",
                principal.getUsername(), "signed in by " + method));
    }

    /** Counts the failure; true when the name or address is now locked. */
    @Transactional
    boolean failed(String username, @Nullable String address, String reason) {
        boolean locked = throttle.recordFailure(username, address);
        events.publishEvent(new SignInAttempted(Actor.named(username), locked ? "login.locked" : "login.failed",
                username, reason + (locked ? "; locked for " + throttle.lockout() : "")));
        return locked;
    }

    @Transactional
    void signedOut(String username) {
        events.publishEvent(new SignInAttempted(Actor.named(username), "logout", username, "signed out"));
    }
}
