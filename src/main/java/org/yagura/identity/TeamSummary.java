package org.yagura.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A team with its members' ids and names. */
public record TeamSummary(UUID id, String name, @Nullable String description, Instant createdAt, long version,
        List<Member> members) {

    /** A member of the team. */
    public record Member(UUID id, String username, String displayName) {
    }
}
