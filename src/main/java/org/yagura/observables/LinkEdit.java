package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/** The new context of a link, replacing the old one whole: role (default indicator), first/last seen, tags, TLP, comment. */
public record LinkEdit(@Nullable LinkRole role, @Nullable Instant firstSeen, @Nullable Instant lastSeen, @Nullable List<String> tags,
        @Nullable Tlp tlp, @Nullable String comment) {

    NewLink asNewLink() {
        return new NewLink(null, null, null, role, firstSeen, lastSeen, tags, tlp, comment);
    }
}
