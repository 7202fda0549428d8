package org.yagura.artifacts.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.artifacts.ArtifactClusters;
import org.yagura.artifacts.ArtifactSimilarity;
import org.yagura.artifacts.ArtifactSummary;
import org.yagura.artifacts.SimilarityService;

/** Comparative analysis of artifacts: same content elsewhere, similar contents by TLSH and ssdeep, clusters. */
@RestController
@Tag(name = "artifact similarity", description = "Duplicates, similar artifacts by TLSH distance and ssdeep score, and clusters "
        + "(only artifacts on records the caller may read)")
class SimilarityRestController {

    private final SimilarityService similarity;

    SimilarityRestController(SimilarityService similarity) {
        this.similarity = similarity;
    }

    @GetMapping("/api/v1/artifacts/{key}/similar")
    @Operation(summary = "Other artifacts with the same content, and the most similar stored artifacts by TLSH distance "
            + "(nearest first) and by ssdeep score (highest first); 400 for a threshold out of range")
    ArtifactSimilarity similar(@PathVariable String key,
            @Parameter(description = "largest TLSH distance, length term included (0–400; default yagura.artifacts.similarity.tlsh-max-distance, 100)")
            @RequestParam(required = false) @Nullable Integer tlshMaxDistance,
            @Parameter(description = "smallest ssdeep score (1–100; default yagura.artifacts.similarity.ssdeep-min-score, 50)")
            @RequestParam(required = false) @Nullable Integer ssdeepMinScore,
            @Parameter(description = "most artifacts per list (1–100; default yagura.artifacts.similarity.max-results, 20)")
            @RequestParam(required = false) @Nullable Integer limit) {
        return similarity.similar(key, tlshMaxDistance, ssdeepMinScore, limit);
    }

    @GetMapping("/api/v1/artifacts/{key}/duplicates")
    @Operation(summary = "Other artifacts with the same SHA-256, on any record the caller may read, oldest first")
    Map<String, List<ArtifactSummary>> duplicates(@PathVariable String key) {
        return Map.of("items", similarity.duplicates(key));
    }

    @GetMapping("/api/v1/artifacts/clusters")
    @Operation(summary = "Clusters (connected components) of similar artifacts among the most recently analysed ones the "
            + "caller may see (yagura.artifacts.similarity.cluster-window), largest first")
    ArtifactClusters clusters(@RequestParam(required = false) @Nullable Integer tlshMaxDistance,
            @RequestParam(required = false) @Nullable Integer ssdeepMinScore) {
        return similarity.clusters(tlshMaxDistance, ssdeepMinScore);
    }
}
