package org.yagura.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * An incident report as it arrives. {@code source} and {@code externalReference} identify it in the
 * sending system: the same pair never creates a second report. Without a TLP a report is TLP:AMBER.
 */
public record NewReport(
        @NotBlank @Size(max = 500) String reporter,
        @NotBlank @Size(max = 500) String summary,
        @Nullable @Size(max = 1_000_000) String body,
        @Nullable Instant receivedAt,
        @Nullable @Size(max = 200) String source,
        @Nullable @Size(max = 200) String externalReference,
        @Nullable @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{report.classification.invalid}") String suggestedClass,
        @Nullable @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{report.classification.invalid}") String suggestedType,
        @Nullable Tlp tlp) {

    Tlp tlpOrDefault() {
        return tlp == null ? Tlp.AMBER : tlp;
    }
}
