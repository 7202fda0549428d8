package org.yagura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person (or service account) who signs in to Yagura, with one role. */
@Entity
@Table(name = "app_user")
class User {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private @Nullable String email;
    private @Nullable String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private @Nullable String constituency;
    private boolean enabled;
    private boolean mustChangePassword;
    private @Nullable String language;
    private @Nullable String timeZone;
    private @Nullable String externalSubject;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant passwordChangedAt;
    private @Nullable Instant lastLoginAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected User() {
        // for JPA
    }

    User(String username, String displayName, @Nullable String email, Role role) {
        this.id = UUID.randomUUID();
        this.username = normalise(username);
        this.displayName = displayName.strip();
        this.email = blankToNull(email);
        this.role = role;
        this.enabled = true;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Records changes as {@code field: old → new} lines for the audit trail. */
    List<String> update(String displayName, @Nullable String email, Role role, @Nullable String constituency) {
        List<String> changes = new ArrayList<>();
        change(changes, "displayName", this.displayName, displayName.strip());
        change(changes, "email", this.email, blankToNull(email));
        change(changes, "role", this.role.name(), role.name());
        change(changes, "constituency", this.constituency, blankToNull(constituency));
        this.displayName = displayName.strip();
        this.email = blankToNull(email);
        this.role = role;
        this.constituency = blankToNull(constituency);
        touch();
        return changes;
    }

    List<String> setEnabled(boolean enabled) {
        List<String> changes = new ArrayList<>();
        change(changes, "enabled", String.valueOf(this.enabled), String.valueOf(enabled));
        this.enabled = enabled;
        touch();
        return changes;
    }

    List<String> setPreferences(@Nullable String language, @Nullable ZoneId zone) {
        List<String> changes = new ArrayList<>();
        String zoneId = zone == null ? null : zone.getId();
        change(changes, "language", this.language, language);
        change(changes, "timeZone", this.timeZone, zoneId);
        this.language = language;
        this.timeZone = zoneId;
        touch();
        return changes;
    }

    void setPasswordHash(String hash, boolean oneTime) {
        this.passwordHash = hash;
        this.mustChangePassword = oneTime;
        this.passwordChangedAt = now();
        touch();
    }

    void signedIn() {
        this.lastLoginAt = now();
    }

    void linkExternalSubject(String subject) {
        this.externalSubject = subject;
        touch();
    }

    private void touch() {
        this.updatedAt = now();
    }

    private static void change(List<String> changes, String field, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "∅" : before) + " → " + (after == null ? "∅" : after));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    UUID id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    @Nullable String email() { return email; }
    @Nullable String passwordHash() { return passwordHash; }
    Role role() { return role; }
    @Nullable String constituency() { return constituency; }
    boolean enabled() { return enabled; }
    boolean mustChangePassword() { return mustChangePassword; }
    @Nullable String language() { return language; }
    @Nullable ZoneId zone() { return timeZone == null ? null : ZoneId.of(timeZone); }
    @Nullable String externalSubject() { return externalSubject; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    @Nullable Instant passwordChangedAt() { return passwordChangedAt; }
    @Nullable Instant lastLoginAt() { return lastLoginAt; }
    long version() { return version; }
}
