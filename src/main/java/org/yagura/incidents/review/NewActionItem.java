package org.yagura.incidents.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action item to add to a review: title, owner (a user name) and due date. */
public record NewActionItem(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 64) String owner,
        @Nullable LocalDate dueDate) {
}
