package org.yagura.incidents.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The post-incident review of an incident; an incident without one has an empty, unsaved review (version -1). */
public record ReviewView(String incidentKey, @Nullable String summary, @Nullable String rootCause,
        @Nullable String whatWorked, @Nullable String whatDidNot, @Nullable Instant completedAt,
        @Nullable String completedBy, @Nullable String updatedBy, @Nullable Instant updatedAt, long version) {

    static ReviewView none(String incidentKey) {
        return new ReviewView(incidentKey, null, null, null, null, null, null, null, null, -1);
    }

    public boolean completed() {
        return completedAt != null;
    }

    public boolean saved() {
        return version >= 0;
    }
}
