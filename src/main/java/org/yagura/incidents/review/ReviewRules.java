package org.yagura.incidents.review;

import java.util.Set;
import org.yagura.incidents.Resolution;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.taxonomy.Priority;

/** The rules of reviews: when one is required to close an incident, and what a completed review contains. */
final class ReviewRules {

    private ReviewRules() {
    }

    /**
     * Whether closing an incident of {@code priority} as {@code resolution} needs a completed review: the
     * team's chosen priorities, unless the incident was a false positive or a duplicate (no incident to learn from,
     * or its work goes on in the other incident).
     */
    static boolean required(Priority priority, Resolution resolution, Set<Priority> requiredFor) {
        return requiredFor.contains(priority) && resolution != Resolution.FALSE_POSITIVE
                && resolution != Resolution.DUPLICATE;
    }

    /** Refuses (409, with the reason) closing an incident that needs a review which is not complete. */
    static void requireToClose(String key, Priority priority, Resolution resolution, Set<Priority> requiredFor,
            ReviewView review) {
        if (required(priority, resolution, requiredFor) && !review.completed()) {
            throw new ConflictException("review.required-to-close", key, priority);
        }
    }

    /** A review is complete with a summary and a root cause. */
    static void requireCompletable(ReviewView review) {
        if (review.summary() == null || review.rootCause() == null) {
            throw new BadRequestException("review.incomplete");
        }
    }

    /** A completed review keeps its summary and root cause. */
    static void requireKeepsCompleteness(ReviewView current, ReviewText change) {
        if (current.completed() && (change.summary() == null || change.rootCause() == null)) {
            throw new BadRequestException("review.incomplete");
        }
    }
}
