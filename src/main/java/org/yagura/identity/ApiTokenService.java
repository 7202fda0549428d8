package org.yagura.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;

/**
 * The front door for API tokens: {@code ygr_} plus 256 random bits, shown once, stored as a SHA-256
 * hash, named, optionally expiring, revocable, acting with the rights of their user.
 */
@Service
@Transactional
public class ApiTokenService {

    static final String PREFIX = "ygr_";
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Creates a token for a user: one's own, or anyone's for an administrator. */
    public CreatedApiToken create(UUID userId, String name, @Nullable Instant expiresAt) {
        requireSelfOrAdministrator(userId);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return store(userId, name, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), expiresAt,
                Actor.current());
    }

    /** Stores a secret chosen by the operator (the bootstrap token of an empty database). */
    CreatedApiToken store(UUID userId, String name, String secret, @Nullable Instant expiresAt, Actor actor) {
        if (name.isBlank() || name.length() > 100) {
            throw new BadRequestException("token.name.invalid");
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new BadRequestException("token.expiry.past");
        }
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user.not-found", userId));
        ApiToken token = new ApiToken(userId, name, hash(secret), secret.substring(0, Math.min(10, secret.length())),
                expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS));
        tokens.save(token);
        events.publishEvent(new ApiTokenChanged(actor, "token.created", token.id(), userId,
                "name: " + token.name() + "; user: " + user.username()
                        + "; expires: " + (expiresAt == null ? "never" : expiresAt.toString())));
        return new CreatedApiToken(ApiTokenSummary.of(token, Instant.now()), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list(UUID userId) {
        requireSelfOrAdministrator(userId);
        Instant now = Instant.now();
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(t -> ApiTokenSummary.of(t, now)).toList();
    }

    /** Revokes a token at once; the owner or an administrator may. */
    public ApiTokenSummary revoke(UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("token.not-found", tokenId));
        if (!CurrentUser.isSelfOrAdministrator(token.userId())) {
            throw new NotFoundException("token.not-found", tokenId);
        }
        if (token.revoke()) {
            tokens.save(token);
            events.publishEvent(new ApiTokenChanged(Actor.current(), "token.revoked", token.id(), token.userId(),
                    "name: " + token.name()));
        }
        return ApiTokenSummary.of(token, Instant.now());
    }

    /**
     * The principal a presented secret stands for, if the token is known, unexpired, unrevoked and its user
     * enabled. Runs on every API request: one indexed query, outside any transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<YaguraPrincipal> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) && secret.length() < 32) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<TokenHolder> holder = jdbc.sql("""
                SELECT t.id, t.expires_at, t.revoked_at, t.last_used_at, u.id, u.username, u.display_name, u.role,
                       u.enabled, u.must_change_password
                FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ?""")
                .param(hash(secret))
                .query((rs, n) -> new TokenHolder(rs.getObject(1, UUID.class), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                        YaguraPrincipal.ofToken(rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                                Role.valueOf(rs.getString(8)), rs.getBoolean(9), rs.getBoolean(10))))
                .optional();
        return holder.filter(h -> h.revokedAt() == null && (h.expiresAt() == null || now.isBefore(h.expiresAt())))
                .filter(h -> h.principal().isEnabled())
                .map(h -> {
                    Instant before = now.minus(1, ChronoUnit.MINUTES);
                    if (h.lastUsedAt() == null || h.lastUsedAt().isBefore(before)) {
                        // a busy token writes once a minute, not per request
                        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                                .params(now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), h.id(),
                                        before.atOffset(ZoneOffset.UTC))
                                .update();
                    }
                    return h.principal();
                });
    }

    private record TokenHolder(UUID id, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt, YaguraPrincipal principal) {
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static void requireSelfOrAdministrator(UUID userId) {
        if (!CurrentUser.isSelfOrAdministrator(userId)) {
            throw new AccessDeniedException("not your token");
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
