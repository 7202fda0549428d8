package org.yagura.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * What a new incident split out of an incident takes: its title and description, a classification and TLP
 * (none: the original's; the TLP may only be as strict or stricter), and the chosen parts of the original —
 * reports by key, tasks by id, journal entries by number, observables by id, artifacts by key. {@code version}
 * is the original's version as read (optional; a stale one is a 409).
 */
public record SplitParts(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 100_000) String description,
        @Nullable @Size(max = 64) String classKey,
        @Nullable @Size(max = 64) String typeKey,
        @Nullable Tlp tlp,
        @Nullable @Size(max = 1000) List<@NotNull String> reports,
        @Nullable @Size(max = 1000) List<@NotNull UUID> tasks,
        @Nullable @Size(max = 10_000) List<@NotNull Long> journal,
        @Nullable @Size(max = 10_000) List<@NotNull UUID> observables,
        @Nullable @Size(max = 1000) List<@NotNull String> artifacts,
        @Nullable Long version) {

    public SplitParts {
        reports = distinct(reports);
        tasks = distinct(tasks);
        journal = distinct(journal);
        observables = distinct(observables);
        artifacts = distinct(artifacts);
    }

    /** True when not a single part of the original was chosen. */
    public boolean nothingChosen() {
        return reports.isEmpty() && tasks.isEmpty() && journal.isEmpty() && observables.isEmpty() && artifacts.isEmpty();
    }

    private static <T> List<T> distinct(@Nullable List<T> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
