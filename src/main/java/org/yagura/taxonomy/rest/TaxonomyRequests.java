package org.yagura.taxonomy.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.TaxonomyChange;
import org.yagura.taxonomy.TaxonomyKey;
import org.yagura.taxonomy.TaxonomyLabels;
import org.yagura.taxonomy.Urgency;

/** Request bodies of the taxonomy API. */
final class TaxonomyRequests {

    private TaxonomyRequests() {
    }

    /** A new local class or type. */
    record NewEntryRequest(@NotBlank @Pattern(regexp = TaxonomyKey.PATTERN, message = "{taxonomy.key.pattern}") String key,
            @NotBlank @Size(max = 200) String labelEn, @NotBlank @Size(max = 200) String labelJa,
            @Nullable @Size(max = 2000) String descriptionEn, @Nullable @Size(max = 2000) String descriptionJa) {

        TaxonomyLabels labels() {
            return new TaxonomyLabels(labelEn, labelJa, descriptionEn, descriptionJa);
        }
    }

    /** A change; absent fields stay as they are. */
    record ChangeRequest(@Nullable @Size(max = 200) String labelEn, @Nullable @Size(max = 200) String labelJa,
            @Nullable @Size(max = 2000) String descriptionEn, @Nullable @Size(max = 2000) String descriptionJa,
            @Nullable Boolean deprecated, @Nullable Long version) {

        TaxonomyChange change() {
            return new TaxonomyChange(labelEn, labelJa, descriptionEn, descriptionJa, deprecated, version);
        }
    }

    /** Cells of the priority matrix to set. */
    record PriorityMatrixRequest(@NotEmpty List<@Valid @NotNull CellRequest> cells) {
    }

    record CellRequest(@NotNull Impact impact, @NotNull Urgency urgency, @NotNull Priority priority) {
    }
}
