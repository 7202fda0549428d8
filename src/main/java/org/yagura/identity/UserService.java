package org.yagura.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.web.UserPreferences;

/** The front door for user accounts: creation, changes, passwords and preferences. */
@Service
@Transactional
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final SessionRegistry sessions;

    UserService(UserRepository users, TeamRepository teams, PasswordEncoder encoder, PasswordPolicy policy,
            ApplicationEventPublisher events, SessionRegistry sessions) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.sessions = sessions;
    }

    /** Creates a user; without a password, a one-time password is generated and returned once. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public CreatedUser create(NewUser request) {
        return createAs(request, Actor.current());
    }

    CreatedUser createAs(NewUser request, Actor actor) {
        String username = User.normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new BadRequestException("user.username.invalid");
        }
        if (users.existsByUsername(username)) {
            throw new ConflictException("user.username.taken", username);
        }
        if (request.displayName().isBlank() || request.displayName().length() > 200) {
            throw new BadRequestException("user.display-name.invalid");
        }
        User user = new User(username, request.displayName(), request.email(), request.role());
        String oneTime = null;
        if (request.password() == null || request.password().isEmpty()) {
            oneTime = policy.oneTimePassword();
            user.setPasswordHash(encoder.encode(oneTime), true);
        } else {
            checkPolicy(request.password(), username);
            user.setPasswordHash(encoder.encode(request.password()), false);
        }
        user.update(request.displayName(), request.email(), request.role(), request.constituency());
        users.save(user);
        events.publishEvent(new UserChanged(actor, "user.created", user.id(), username,
                "username: " + username + "; role: " + request.role() + "; displayName: " + user.displayName()));
        return new CreatedUser(summary(user), oneTime);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR') or #id == principal.id")
    public UserSummary get(UUID id) {
        return summary(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(User.normalise(username)).map(this::summary);
    }

    /** Users ordered by user name, filtered by a substring of name, display name or e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public CursorPage<UserSummary> list(@Nullable String query, CursorRequest page) {
        String q = query == null || query.isBlank() ? "" : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        String after = page.isFirst() ? "" : page.after(0);
        List<User> rows = users.page(after, q, Limit.of(page.fetchSize()));
        return CursorPage.of(rows, page, u -> List.of(u.username())).map(this::summary);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public UserSummary update(UUID id, UserUpdate update) {
        User user = load(id);
        checkVersion(user, update.expectedVersion());
        if (update.displayName().isBlank() || update.displayName().length() > 200) {
            throw new BadRequestException("user.display-name.invalid");
        }
        if (user.role() == Role.ADMINISTRATOR && update.role() != Role.ADMINISTRATOR) {
            requireAnotherActiveAdministrator(user);
        }
        List<String> changes = user.update(update.displayName(), update.email(), update.role(), update.constituency());
        users.saveAndFlush(user);
        if (!changes.isEmpty()) {
            events.publishEvent(new UserChanged(Actor.current(), "user.updated", id, user.username(), String.join("; ", changes)));
        }
        return summary(user);
    }

    /** Disabling also ends every session of the user; their tokens stop working at once. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public UserSummary setEnabled(UUID id, boolean enabled, @Nullable Long expectedVersion) {
        User user = load(id);
        checkVersion(user, expectedVersion);
        if (!enabled && user.role() == Role.ADMINISTRATOR) {
            requireAnotherActiveAdministrator(user);
        }
        List<String> changes = user.setEnabled(enabled);
        users.saveAndFlush(user);
        if (!changes.isEmpty()) {
            events.publishEvent(new UserChanged(Actor.current(), enabled ? "user.enabled" : "user.disabled", id,
                    user.username(), String.join("; ", changes)));
        }
        if (!enabled) {
            endSessions(user.id());
        }
        return summary(user);
    }

    /** Sets a one-time password (returned once) that must be changed at the next sign-in. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public String resetPassword(UUID id) {
        return reset(load(id), Actor.current());
    }

    /** The command-line reset, for an operator on the server itself. */
    String resetPassword(String username) {
        User user = users.findByUsername(User.normalise(username))
                .orElseThrow(() -> new NotFoundException("user.not-found", username));
        return reset(user, Actor.system());
    }

    private String reset(User user, Actor actor) {
        String oneTime = policy.oneTimePassword();
        user.setPasswordHash(encoder.encode(oneTime), true);
        users.saveAndFlush(user);
        events.publishEvent(new UserChanged(actor, "user.password-reset", user.id(), user.username(),
                "one-time password set; must change at next sign-in"));
        endSessions(user.id());
        return oneTime;
    }

    /** The signed-in user changes their own password, proving the current one. */
    @PreAuthorize("#id == principal.id")
    public void changePassword(UUID id, String currentPassword, String newPassword) {
        User user = load(id);
        if (user.passwordHash() == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new BadRequestException("password.current-wrong");
        }
        if (encoder.matches(newPassword, user.passwordHash())) {
            throw new PasswordRejectedException("password.same-as-current");
        }
        checkPolicy(newPassword, user.username());
        user.setPasswordHash(encoder.encode(newPassword), false);
        users.saveAndFlush(user);
        events.publishEvent(new UserChanged(Actor.current(), "user.password-changed", id, user.username(), "password changed"));
    }

    /** The signed-in user's language ({@code ja}/{@code en}) and time zone. */
    @PreAuthorize("#id == principal.id")
    public UserSummary setPreferences(UUID id, @Nullable String language, @Nullable ZoneId zone) {
        if (language != null && !UserPreferences.LANGUAGES.contains(language)) {
            throw new BadRequestException("user.language.invalid", language);
        }
        User user = load(id);
        List<String> changes = user.setPreferences(language == null ? user.language() : language,
                zone == null ? user.zone() : zone);
        users.saveAndFlush(user);
        if (!changes.isEmpty()) {
            events.publishEvent(new UserChanged(Actor.current(), "user.preferences-changed", id, user.username(),
                    String.join("; ", changes)));
        }
        return summary(user);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    private void checkPolicy(String password, String username) {
        policy.violation(password, username).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
    }

    private void requireAnotherActiveAdministrator(User user) {
        if (user.enabled() && users.countByRoleAndEnabledTrue(Role.ADMINISTRATOR) <= 1) {
            throw new ConflictException("user.last-administrator");
        }
    }

    private static void checkVersion(User user, @Nullable Long expected) {
        if (expected != null && expected != user.version()) {
            throw new ObjectOptimisticLockingFailureException(User.class, user.id());
        }
    }

    private void endSessions(UUID userId) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof YaguraPrincipal yp && yp.id().equals(userId))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(s -> s.expireNow());
    }

    private User load(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user.not-found", id));
    }

    UserSummary summary(User user) {
        return UserSummary.of(user, teams.findByMember(user.id()).stream()
                .map(t -> new UserSummary.TeamRef(t.id(), t.name())).toList());
    }
}
