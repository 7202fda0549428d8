package org.yagura.incidents.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An action item of a post-incident review: what is to be done, by whom, by when, and its state. */
public record ActionItemView(UUID id, String incidentKey, String title, String owner, @Nullable LocalDate dueDate,
        ActionItemState state, String createdBy, Instant createdAt, @Nullable Instant closedAt, long version) {

    /** Open and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return state == ActionItemState.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
