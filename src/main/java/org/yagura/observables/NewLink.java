package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * An observable to add to a record: the value as written (defanged is fine) and its type, or none to infer it,
 * with the link's context. Role defaults to {@link LinkRole#INDICATOR}.
 */
public record NewLink(@Nullable String type, @Nullable String otherType, @Nullable String value, @Nullable LinkRole role,
        @Nullable Instant firstSeen, @Nullable Instant lastSeen, @Nullable List<String> tags, @Nullable Tlp tlp,
        @Nullable String comment) {

    /** A value with the default context. */
    public static NewLink of(@Nullable String type, String value) {
        return new NewLink(type, null, value, null, null, null, null, null, null);
    }
}
