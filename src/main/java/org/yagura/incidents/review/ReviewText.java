package org.yagura.incidents.review;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The text of a review, in Markdown: summary, root cause, what worked, what did not. */
public record ReviewText(@Nullable @Size(max = 20_000) String summary, @Nullable @Size(max = 20_000) String rootCause,
        @Nullable @Size(max = 20_000) String whatWorked, @Nullable @Size(max = 20_000) String whatDidNot) {

    ReviewText stripped() {
        return new ReviewText(clean(summary), clean(rootCause), clean(whatWorked), clean(whatDidNot));
    }

    private static @Nullable String clean(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
