package org.yagura.artifacts;

/** A stored artifact similar to another: its TLSH distance (lower is closer) or ssdeep score (higher is closer). */
public record SimilarArtifact(ArtifactSummary artifact, int value) {
}
