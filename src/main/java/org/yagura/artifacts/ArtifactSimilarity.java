package org.yagura.artifacts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the user may see that resembles an artifact: other artifacts with the same content, and the most
 * similar other contents by TLSH distance (nearest first) and by ssdeep score (highest first), under the
 * thresholds that were asked for. Records the user may not read are left out entirely.
 */
public record ArtifactSimilarity(String key, String sha256, @Nullable String tlsh, @Nullable String ssdeep,
        int tlshMaxDistance, int ssdeepMinScore, List<ArtifactSummary> duplicates, List<SimilarArtifact> tlshMatches,
        List<SimilarArtifact> ssdeepMatches) {

    public ArtifactSimilarity {
        duplicates = List.copyOf(duplicates);
        tlshMatches = List.copyOf(tlshMatches);
        ssdeepMatches = List.copyOf(ssdeepMatches);
    }
}
