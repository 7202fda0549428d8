package org.yagura.artifacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/** An evidence item: what it is, where it came from, how it was acquired, where the original is kept, who holds it. */
public record EvidenceView(UUID id, String key, String recordKind, String recordKey, String description, EvidenceType type,
        @Nullable UUID artifactId, @Nullable String artifactKey, @Nullable String sourceSystem, @Nullable String sourceDevice,
        @Nullable String sourcePerson, @Nullable String sourceLocation, String acquiredBy, Instant acquiredAt,
        @Nullable String acquisitionMethod, @Nullable String acquisitionTool, @Nullable String sha256, @Nullable String md5,
        @Nullable String sha1, String storageLocation, boolean legalHold, @Nullable LocalDate retentionUntil,
        @Nullable String disposition, String custodian, Tlp tlp, String createdBy, @Nullable UUID createdById,
        Instant createdAt, long version) {
}
