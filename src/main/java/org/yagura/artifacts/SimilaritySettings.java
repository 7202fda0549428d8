package org.yagura.artifacts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yagura.artifacts.similarity.*}: default thresholds (TLSH distance at most, ssdeep score at least),
 * how many similar artifacts an answer lists, how many recent artifacts the clusters consider, and whether
 * contents analysed before the index existed are indexed at start-up.
 */
@ConfigurationProperties("yagura.artifacts.similarity")
public record SimilaritySettings(@DefaultValue("100") int tlshMaxDistance, @DefaultValue("50") int ssdeepMinScore,
        @DefaultValue("20") int maxResults, @DefaultValue("2000") int clusterWindow, @DefaultValue("true") boolean backfill) {
}
