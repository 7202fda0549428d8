package org.yagura.artifacts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;

/** An artifact as pages, the API and other modules see it: the stored file and its analysis. */
public record ArtifactView(UUID id, String key, String recordKind, String recordKey, String fileName,
        @Nullable String declaredType, long size, String sha256, Tlp tlp, AnalysisStatus analysisStatus,
        @Nullable AnalysisResult analysis, @Nullable String analysisError, int analysisAttempts,
        @Nullable Instant analysedAt, String createdBy, @Nullable UUID createdById, Instant createdAt, long version) {
}
