package org.yagura.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * What the access policy needs to know of a record: the team that owns it (null: the whole CSIRT),
 * the constituency it concerns (null: none), its TLP, and its named participants (for TLP:RED).
 */
public record ProtectedRecord(@Nullable UUID team, @Nullable String constituency, Tlp tlp, Set<UUID> participants) {

    public ProtectedRecord {
        participants = Set.copyOf(participants);
    }
}
