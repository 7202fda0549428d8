package org.yagura.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task or mitigation action of an incident; the description comes from the playbook step it was made from. */
public record TaskView(UUID id, String incidentKey, String title, TaskKind kind, TaskState state,
        @Nullable String assignee, @Nullable LocalDate dueDate, String createdBy, Instant createdAt,
        @Nullable Instant doneAt, long version, @Nullable String description) {
}
