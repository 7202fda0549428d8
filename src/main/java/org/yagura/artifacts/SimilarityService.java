package org.yagura.artifacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.api.BadRequestException;

/**
 * The front door of similarity (framework 2.1.4): duplicates of an artifact's content elsewhere, the most
 * similar stored contents by TLSH and ssdeep through the index (ADR 015), and clusters of similar artifacts.
 * Every answer holds only artifacts the user may read, on records the user may read.
 */
@Service
@Transactional(readOnly = true)
public class SimilarityService {

    /** Bounds of the thresholds a request may ask for. */
    public static final int MAX_TLSH_DISTANCE = 400;
    public static final int MAX_RESULTS = 100;
    private static final int CHUNK = 200;
    private static final Logger log = LoggerFactory.getLogger(SimilarityService.class);

    private final ArtifactService artifacts;
    private final ArtifactRepository repository;
    private final ArtifactRecords records;
    private final SimilarityIndex index;
    private final SimilaritySettings settings;

    SimilarityService(ArtifactService artifacts, ArtifactRepository repository, ArtifactRecords records,
            SimilarityIndex index, SimilaritySettings settings) {
        this.artifacts = artifacts;
        this.repository = repository;
        this.records = records;
        this.index = index;
        this.settings = settings;
    }

    /** The defaults of the thresholds and of the number of results, as configured. */
    public SimilaritySettings settings() {
        return settings;
    }

    /**
     * Duplicates and similar artifacts of one artifact; null thresholds take the configured defaults.
     * 404 when the artifact is unknown or hidden, 400 for a threshold out of range.
     */
    @PreAuthorize("hasRole('OBSERVER')")
    public ArtifactSimilarity similar(String key, @Nullable Integer tlshMaxDistance, @Nullable Integer ssdeepMinScore,
            @Nullable Integer limit) {
        int tlshMax = tlshMaxDistance == null ? settings.tlshMaxDistance() : tlshMaxDistance;
        int ssdeepMin = ssdeepMinScore == null ? settings.ssdeepMinScore() : ssdeepMinScore;
        int max = limit == null ? settings.maxResults() : limit;
        check(tlshMax, ssdeepMin);
        if (max < 1 || max > MAX_RESULTS) {
            throw new BadRequestException("artifacts.similarity.limit-range", 1, MAX_RESULTS);
        }
        ArtifactView artifact = artifacts.get(key);
        Predicate<ArtifactView> visible = visibility();
        List<ArtifactSummary> duplicates = duplicates(artifact, visible);
        AnalysisResult analysis = artifact.analysis();
        List<SimilarArtifact> byTlsh = List.of();
        List<SimilarArtifact> bySsdeep = List.of();
        if (analysis != null && analysis.tlsh() != null) {
            SimilarityIndex.Nearest near = index.tlsh(analysis.tlsh(), tlshMax);
            warnIfTruncated(near, key);
            byTlsh = artifactsOf(near.matches(), artifact.sha256(), visible, max);
        }
        if (analysis != null && analysis.ssdeep() != null) {
            SimilarityIndex.Nearest near = index.ssdeep(analysis.ssdeep(), ssdeepMin);
            warnIfTruncated(near, key);
            bySsdeep = artifactsOf(near.matches(), artifact.sha256(), visible, max);
        }
        return new ArtifactSimilarity(artifact.key(), artifact.sha256(), analysis == null ? null : analysis.tlsh(),
                analysis == null ? null : analysis.ssdeep(), tlshMax, ssdeepMin, duplicates, byTlsh, bySsdeep);
    }

    /** Other artifacts with the same content (SHA-256), on any record the user may read, oldest first. */
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ArtifactSummary> duplicates(String key) {
        return duplicates(artifacts.get(key), visibility());
    }

    /** Clusters among the most recently analysed artifacts the user may see (at most the configured window). */
    @PreAuthorize("hasRole('OBSERVER')")
    public ArtifactClusters clusters(@Nullable Integer tlshMaxDistance, @Nullable Integer ssdeepMinScore) {
        int tlshMax = tlshMaxDistance == null ? settings.tlshMaxDistance() : tlshMaxDistance;
        int ssdeepMin = ssdeepMinScore == null ? settings.ssdeepMinScore() : ssdeepMinScore;
        check(tlshMax, ssdeepMin);
        List<ArtifactView> seen = repository.findAnalysed(settings.clusterWindow()).stream().filter(visibility()).toList();
        List<List<ArtifactSummary>> clusters = SimilarityClusters.of(seen, tlshMax, ssdeepMin).stream()
                .map(c -> c.stream().map(ArtifactSummary::of).toList()).toList();
        return new ArtifactClusters(tlshMax, ssdeepMin, settings.clusterWindow(), seen.size(), clusters);
    }

    private List<ArtifactSummary> duplicates(ArtifactView artifact, Predicate<ArtifactView> visible) {
        return repository.findBySha256In(List.of(artifact.sha256())).stream()
                .filter(a -> !a.id().equals(artifact.id())).filter(visible).map(ArtifactSummary::of).toList();
    }

    // matches in rank order, each content as the visible artifacts that hold it, until the limit
    private List<SimilarArtifact> artifactsOf(List<SimilarityIndex.Near> near, String own, Predicate<ArtifactView> visible,
            int max) {
        List<SimilarArtifact> out = new ArrayList<>();
        for (int from = 0; from < near.size() && out.size() < max; from += CHUNK) {
            Map<String, Integer> values = new LinkedHashMap<>();
            near.subList(from, Math.min(near.size(), from + CHUNK)).stream().filter(n -> !n.sha256().equals(own))
                    .forEach(n -> values.put(n.sha256(), n.value()));
            Map<String, List<ArtifactView>> holders = new HashMap<>();
            for (ArtifactView a : repository.findBySha256In(values.keySet())) {
                if (visible.test(a)) {
                    holders.computeIfAbsent(a.sha256(), s -> new ArrayList<>()).add(a);
                }
            }
            for (var e : values.entrySet()) {
                for (ArtifactView a : holders.getOrDefault(e.getKey(), List.of())) {
                    if (out.size() < max) {
                        out.add(new SimilarArtifact(ArtifactSummary.of(a), e.getValue()));
                    }
                }
            }
        }
        return out;
    }

    // the record check asks the owning module; one answer per record and request is enough
    private Predicate<ArtifactView> visibility() {
        Map<String, Boolean> recordReadable = new HashMap<>();
        return a -> artifacts.readableItself(a) && recordReadable.computeIfAbsent(a.recordKind() + "/" + a.recordKey(),
                k -> records.readable(a.recordKind(), a.recordKey()));
    }

    private static void check(int tlshMax, int ssdeepMin) {
        if (tlshMax < 0 || tlshMax > MAX_TLSH_DISTANCE) {
            throw new BadRequestException("artifacts.similarity.tlsh-range", 0, MAX_TLSH_DISTANCE);
        }
        if (ssdeepMin < 1 || ssdeepMin > 100) {
            throw new BadRequestException("artifacts.similarity.ssdeep-range", 1, 100);
        }
    }

    // the number of candidates says something about contents the user may not see: it goes to the log only
    private static void warnIfTruncated(SimilarityIndex.Nearest near, String key) {
        if (near.truncated()) {
            log.warn("Similarity candidates of {} cut at {}: raise yagura.artifacts.similarity.max-candidates", key,
                    near.candidates());
        }
    }
}
