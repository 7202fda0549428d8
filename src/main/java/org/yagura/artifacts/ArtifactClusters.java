package org.yagura.artifacts;

import java.util.List;

/**
 * Groups of similar artifacts among the {@code considered} most recently analysed ones the user may see:
 * connected components where an edge is the same content, a TLSH distance at most {@code tlshMaxDistance}
 * or an ssdeep score at least {@code ssdeepMinScore}; largest first, singletons left out.
 */
public record ArtifactClusters(int tlshMaxDistance, int ssdeepMinScore, int window, int considered,
        List<List<ArtifactSummary>> clusters) {

    public ArtifactClusters {
        clusters = clusters.stream().map(List::copyOf).toList();
    }
}
