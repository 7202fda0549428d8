package org.yagura.incidents.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yagura.incidents.Resolution;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.taxonomy.Priority;

class ReviewRulesTests {

    private static final Set<Priority> DEFAULT = EnumSet.of(Priority.P1, Priority.P2);
    private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

    @Test
    void requiresAReviewForTheChosenPrioritiesOnly() {
        assertThat(ReviewRules.required(Priority.P1, Resolution.RESOLVED, DEFAULT)).isTrue();
        assertThat(ReviewRules.required(Priority.P2, Resolution.NO_ACTION, DEFAULT)).isTrue();
        assertThat(ReviewRules.required(Priority.P3, Resolution.RESOLVED, DEFAULT)).isFalse();
        assertThat(ReviewRules.required(Priority.P4, Resolution.RESOLVED, EnumSet.of(Priority.P4))).isTrue();
        assertThat(ReviewRules.required(Priority.P1, Resolution.RESOLVED, EnumSet.noneOf(Priority.class))).isFalse();
    }

    @Test
    void falsePositivesAndDuplicatesNeedNoReview() {
        assertThat(ReviewRules.required(Priority.P1, Resolution.FALSE_POSITIVE, DEFAULT)).isFalse();
        assertThat(ReviewRules.required(Priority.P1, Resolution.DUPLICATE, DEFAULT)).isFalse();
    }

    @Test
    void refusesClosingWithoutACompletedReviewAndNamesTheReason() {
        assertThatThrownBy(() -> ReviewRules.requireToClose("IR-2026-0001", Priority.P1, Resolution.RESOLVED, DEFAULT,
                ReviewView.none("IR-2026-0001")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("review.required-to-close");
                    assertThat(e.arguments()).containsExactly("IR-2026-0001", Priority.P1);
                });
        assertThatThrownBy(() -> ReviewRules.requireToClose("IR-2026-0001", Priority.P2, Resolution.RESOLVED, DEFAULT,
                review("s", "r", null))).isInstanceOf(ConflictException.class);
        assertThatNoException().isThrownBy(() -> ReviewRules.requireToClose("IR-2026-0001", Priority.P2,
                Resolution.RESOLVED, DEFAULT, review("s", "r", T)));
        assertThatNoException().isThrownBy(() -> ReviewRules.requireToClose("IR-2026-0001", Priority.P3,
                Resolution.RESOLVED, DEFAULT, ReviewView.none("IR-2026-0001")));
    }

    @Test
    void completesOnlyWithSummaryAndRootCause() {
        assertThatThrownBy(() -> ReviewRules.requireCompletable(ReviewView.none("IR-2026-0001")))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ReviewRules.requireCompletable(review("summary", null, null)))
                .isInstanceOf(BadRequestException.class);
        assertThatNoException().isThrownBy(() -> ReviewRules.requireCompletable(review("summary", "cause", null)));
    }

    @Test
    void aCompletedReviewKeepsItsSummaryAndRootCause() {
        ReviewText blanked = new ReviewText("  ", "cause", "ok", null).stripped();
        assertThat(blanked.summary()).isNull();
        assertThatThrownBy(() -> ReviewRules.requireKeepsCompleteness(review("s", "r", T), blanked))
                .isInstanceOf(BadRequestException.class);
        assertThatNoException().isThrownBy(() -> ReviewRules.requireKeepsCompleteness(review("s", "r", null), blanked));
    }

    @Test
    void anOpenActionItemPastItsDueDateIsOverdue() {
        LocalDate today = LocalDate.of(2026, 5, 10);
        assertThat(action(LocalDate.of(2026, 5, 9), ActionItemState.OPEN).overdue(today)).isTrue();
        assertThat(action(today, ActionItemState.OPEN).overdue(today)).isFalse();
        assertThat(action(LocalDate.of(2026, 5, 9), ActionItemState.DONE).overdue(today)).isFalse();
        assertThat(action(null, ActionItemState.OPEN).overdue(today)).isFalse();
    }

    private static ReviewView review(String summary, String rootCause, Instant completedAt) {
        return new ReviewView("IR-2026-0001", summary, rootCause, null, null, completedAt, completedAt == null ? null : "lead",
                "handler", T, 1);
    }

    private static ActionItemView action(LocalDate due, ActionItemState state) {
        return new ActionItemView(UUID.randomUUID(), "IR-2026-0001", "Enable MFA", "handler", due, state, "lead", T, null, 0);
    }
}
