package org.yagura.incidents.sla;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A time the team waited for the constituent; {@code resumedAt} is null while it still waits. */
public record PauseInterval(Instant pausedAt, @Nullable Instant resumedAt) {

    public PauseInterval {
        if (resumedAt != null && resumedAt.isBefore(pausedAt)) {
            throw new IllegalArgumentException("A pause cannot end before it begins: " + pausedAt + " > " + resumedAt);
        }
    }

    public boolean open() {
        return resumedAt == null;
    }
}
