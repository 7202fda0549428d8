package org.yagura.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A task to add to an incident: title, kind (task or a mitigation phase), owner, due date and description (Markdown). */
public record NewTask(@NotBlank @Size(max = 300) String title, @Nullable TaskKind kind,
        @Nullable @Size(max = 64) String assignee, @Nullable LocalDate dueDate,
        @Nullable @Size(max = 4000) String description) {

    public NewTask(String title, @Nullable TaskKind kind, @Nullable String assignee, @Nullable LocalDate dueDate) {
        this(title, kind, assignee, dueDate, null);
    }

    TaskKind kindOrTask() {
        return kind == null ? TaskKind.TASK : kind;
    }
}
