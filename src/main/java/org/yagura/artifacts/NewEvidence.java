package org.yagura.artifacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/**
 * An evidence item as it is recorded. A digital item names the artifact (stored file) it consists of;
 * its SHA-256 at acquisition, when given, must be that file's. Without a TLP it takes its record's;
 * without {@code legalHold} it is not on hold.
 */
public record NewEvidence(
        @Nullable @Size(max = 32) String recordKind,
        @NotBlank @Size(max = 64) String recordKey,
        @NotBlank @Size(max = 2000) String description,
        @NotNull EvidenceType type,
        @Nullable @Size(max = 20) String artifactKey,
        @Nullable @Size(max = 500) String sourceSystem,
        @Nullable @Size(max = 500) String sourceDevice,
        @Nullable @Size(max = 500) String sourcePerson,
        @Nullable @Size(max = 500) String sourceLocation,
        @NotBlank @Size(max = 200) String acquiredBy,
        @NotNull Instant acquiredAt,
        @Nullable @Size(max = 500) String acquisitionMethod,
        @Nullable @Size(max = 500) String acquisitionTool,
        @Nullable @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
        @Nullable @Pattern(regexp = "[0-9a-fA-F]{32}") String md5,
        @Nullable @Pattern(regexp = "[0-9a-fA-F]{40}") String sha1,
        @NotBlank @Size(max = 500) String storageLocation,
        @Nullable Boolean legalHold,
        @Nullable LocalDate retentionUntil,
        @Nullable @Size(max = 500) String disposition,
        @Nullable Tlp tlp) {

    String kindOrDefault() {
        return recordKind == null || recordKind.isBlank() ? "report" : recordKind.strip();
    }
}
