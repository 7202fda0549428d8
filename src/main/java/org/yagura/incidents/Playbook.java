package org.yagura.incidents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A task template for a class (and optionally type) of incidents, named and worded in English and Japanese. */
public record Playbook(String id, String classKey, @Nullable String typeKey, String nameEn, String nameJa,
        List<Step> steps, long version) {

    public Playbook {
        steps = List.copyOf(steps);
    }

    public String name(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    /** One task the playbook creates. */
    public record Step(@NotNull TaskKind kind, @NotBlank @Size(max = 300) String titleEn,
            @NotBlank @Size(max = 300) String titleJa) {

        public String title(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? titleJa : titleEn;
        }
    }

    /** The new wording of a playbook, with the version it was read at. */
    public record Change(@NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameJa,
            @NotNull @Size(min = 1, max = 100) List<@Valid Step> steps, long version) {
    }
}
