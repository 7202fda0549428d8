package org.yagura.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A group of staff who work records together; records owned by a team are visible to its members. */
@Entity
@Table(name = "team")
class Team {

    @Id
    private UUID id;
    private String name;
    private @Nullable String description;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<UUID> members = new HashSet<>();
    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    Team(String name, @Nullable String description) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void rename(String name, @Nullable String description) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    boolean add(UUID userId) {
        return members.add(userId);
    }

    boolean remove(UUID userId) {
        return members.remove(userId);
    }

    UUID id() { return id; }
    String name() { return name; }
    @Nullable String description() { return description; }
    Instant createdAt() { return createdAt; }
    Set<UUID> members() { return Set.copyOf(members); }
    long version() { return version; }
}
