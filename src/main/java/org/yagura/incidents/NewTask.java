package org.yagura.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A task to add to an incident: title, kind (task or a mitigation phase), owner and due date. */
public record NewTask(@NotBlank @Size(max = 300) String title, @Nullable TaskKind kind,
        @Nullable @Size(max = 64) String assignee, @Nullable LocalDate dueDate) {

    TaskKind kindOrTask() {
        return kind == null ? TaskKind.TASK : kind;
    }
}
