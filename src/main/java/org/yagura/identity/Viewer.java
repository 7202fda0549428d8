package org.yagura.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who is reading: the facts the access policy decides on. */
public record Viewer(UUID userId, Role role, Set<UUID> teams, @Nullable String constituency) {

    public Viewer {
        teams = Set.copyOf(teams);
    }
}
