package org.yagura.incidents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A task template for a class (and optionally type) of incidents, named and worded in English and Japanese.
 * A deprecated playbook is no longer offered; {@code uses} counts how often it was applied.
 */
public record Playbook(String id, String classKey, @Nullable String typeKey, String nameEn, String nameJa,
        List<Step> steps, boolean deprecated, long uses, String updatedBy, Instant updatedAt, long version) {

    /** Most steps one playbook may have. */
    public static final int MAX_STEPS = 100;

    public Playbook {
        steps = List.copyOf(steps);
    }

    public String name(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    /** Applied playbooks are kept for their history: they can be deprecated, never deleted. */
    public boolean deletable() {
        return uses == 0;
    }

    /**
     * One task the playbook creates, in the order of the list: kind, title and description in both
     * languages, and how many days after it is applied the task is due (none: no due date).
     */
    public record Step(@NotNull TaskKind kind, @NotBlank @Size(max = 300) String titleEn,
            @NotBlank @Size(max = 300) String titleJa, @Nullable @Size(max = 4000) String descriptionEn,
            @Nullable @Size(max = 4000) String descriptionJa, @Nullable @Min(0) @Max(365) Integer dueDays) {

        public Step(TaskKind kind, String titleEn, String titleJa) {
            this(kind, titleEn, titleJa, null, null, null);
        }

        public String title(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? titleJa : titleEn;
        }

        public @Nullable String description(Locale locale) {
            String d = "ja".equals(locale.getLanguage()) ? descriptionJa : descriptionEn;
            return d == null || d.isBlank() ? null : d;
        }
    }

    /**
     * The new wording of a playbook, with the version it was read at; a class (and type) given moves the
     * playbook to that classification, none keeps the one it has.
     */
    public record Change(@NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameJa,
            @Nullable @Size(max = 64) String classKey, @Nullable @Size(max = 64) String typeKey,
            @NotNull @Size(min = 1, max = MAX_STEPS) List<@Valid @NotNull Step> steps, long version) {
    }

    /** A new playbook: its identifier (lower case letters, digits and hyphens), classification, names and steps. */
    public record Draft(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String id,
            @NotBlank @Size(max = 64) String classKey, @Nullable @Size(max = 64) String typeKey,
            @NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameJa,
            @NotNull @Size(min = 1, max = MAX_STEPS) List<@Valid @NotNull Step> steps) {
    }
}
