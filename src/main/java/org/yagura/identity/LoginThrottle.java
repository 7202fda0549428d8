package org.yagura.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per user name (existing or not, so a lockout tells nothing about which
 * names exist) and per client address, and locks either for a while after too many. Kept in the
 * database so that every node of a cluster sees the same counts.
 */
@Component
class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;
    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(JdbcClient jdbc, @Value("${yagura.login.max-failures:5}") int maxFailures,
            @Value("${yagura.login.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username, @Nullable String address) {
        Instant now = Instant.now();
        return lockedUntil(userKey(username)).filter(now::isBefore).isPresent()
                || (address != null && lockedUntil(addressKey(address)).filter(now::isBefore).isPresent());
    }

    /** Counts a failure; true when this failure locked the name or the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean recordFailure(String username, @Nullable String address) {
        boolean locked = count(userKey(username), maxFailures);
        if (address != null) {
            locked |= count(addressKey(address), maxFailures * ADDRESS_FACTOR);
        }
        return locked;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE attempt_key = ?").param(userKey(username)).update();
    }

    private boolean count(String key, int max) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Row> row = jdbc.sql("SELECT failures, first_failure_at FROM login_attempt WHERE attempt_key = ? FOR UPDATE")
                    .param(key)
                    .query((rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                    .optional();
            if (row.isEmpty()) {
                try {
                    jdbc.sql("INSERT INTO login_attempt (attempt_key, failures, first_failure_at) VALUES (?, 1, ?)")
                            .params(key, Timestamp.from(now)).update();
                    return lock(key, 1, max, now);
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            boolean windowOver = row.get().firstFailureAt().plus(lockout).isBefore(now);
            int failures = windowOver ? 1 : row.get().failures() + 1;
            jdbc.sql("UPDATE login_attempt SET failures = ?, first_failure_at = ?, locked_until = NULL WHERE attempt_key = ?")
                    .params(failures, Timestamp.from(windowOver ? now : row.get().firstFailureAt()), key).update();
            return lock(key, failures, max, now);
        }
        return false;
    }

    private boolean lock(String key, int failures, int max, Instant now) {
        if (failures < max) {
            return false;
        }
        jdbc.sql("UPDATE login_attempt SET locked_until = ? WHERE attempt_key = ?")
                .params(Timestamp.from(now.plus(lockout)), key).update();
        return true;
    }

    private Optional<Instant> lockedUntil(String key) {
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE attempt_key = ?")
                .param(key)
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional().flatMap(o -> o);
    }

    Duration lockout() {
        return lockout;
    }

    private static String userKey(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    private record Row(int failures, Instant firstFailureAt) {
    }
}
