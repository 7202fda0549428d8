package org.yagura.artifacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yagura.analysis.SimilarityKeys;
import org.yagura.analysis.Ssdeep;
import org.yagura.analysis.Tlsh;

/**
 * Finds stored contents whose fuzzy hashes are close to a given one: candidates through the index keys
 * ({@link SimilarityKeys}), each verified with the exact TLSH distance or ssdeep score (ADR 015). Knows
 * nothing of artifacts or access: the service maps contents to the artifacts the user may see.
 */
@Component
class SimilarityIndex {

    /** A stored content close to the query, with the TLSH distance or the ssdeep score that qualified it. */
    record Near(long id, String sha256, int value) {
    }

    /** Verified matches, best first, and whether the candidates were cut at the configured maximum. */
    record Nearest(List<Near> matches, int candidates, boolean truncated) {
    }

    private static final Logger log = LoggerFactory.getLogger(SimilarityIndex.class);
    private final SimilarityRepository repository;
    private final int maxCandidates;

    SimilarityIndex(SimilarityRepository repository,
            @Value("${yagura.artifacts.similarity.max-candidates:20000}") int maxCandidates) {
        this.repository = repository;
        this.maxCandidates = maxCandidates;
    }

    /** Indexes one content by its analysis; nothing when it is indexed already. Runs in the caller's transaction. */
    boolean index(AnalysisResult result) {
        String tlsh = valid(result.tlsh(), true);
        String ssdeep = valid(result.ssdeep(), false);
        return repository.insert(result.sha256(), tlsh, ssdeep, tlsh == null ? new int[0] : SimilarityKeys.tlsh(tlsh),
                ssdeep == null ? new long[0] : SimilarityKeys.ssdeep(ssdeep), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** Stored contents within {@code maxDistance} of a TLSH digest (length term included, as {@code tlsh -c}), nearest first. */
    Nearest tlsh(String digest, int maxDistance) {
        List<SimilarityRepository.Digest> candidates = repository.tlshCandidates(SimilarityKeys.tlsh(digest), maxCandidates);
        List<Near> near = new ArrayList<>();
        for (SimilarityRepository.Digest c : candidates) {
            int d = Tlsh.distance(digest, c.tlsh());
            if (d <= maxDistance) {
                near.add(new Near(c.id(), c.sha256(), d));
            }
        }
        near.sort(Comparator.comparingInt(Near::value).thenComparing(Near::sha256));
        return new Nearest(near, candidates.size(), candidates.size() >= maxCandidates);
    }

    /** Stored contents whose ssdeep score against a digest is at least {@code minScore} (1–100), best first. */
    Nearest ssdeep(String digest, int minScore) {
        List<SimilarityRepository.Digest> candidates = repository.ssdeepCandidates(SimilarityKeys.ssdeep(digest), maxCandidates);
        List<Near> near = new ArrayList<>();
        for (SimilarityRepository.Digest c : candidates) {
            int score = Ssdeep.compare(digest, c.ssdeep());
            if (score >= minScore) {
                near.add(new Near(c.id(), c.sha256(), score));
            }
        }
        near.sort(Comparator.comparingInt(Near::value).reversed().thenComparing(Near::sha256));
        return new Nearest(near, candidates.size(), candidates.size() >= maxCandidates);
    }

    /** The same question as {@link #tlsh} answered by comparing with every stored digest: the benchmark's baseline. */
    List<Near> tlshBruteForce(String digest, int maxDistance) {
        List<Near> near = new ArrayList<>();
        repository.scanTlsh(c -> {
            int d = Tlsh.distance(digest, c.tlsh());
            if (d <= maxDistance) {
                near.add(new Near(c.id(), c.sha256(), d));
            }
        });
        near.sort(Comparator.comparingInt(Near::value).thenComparing(Near::sha256));
        return near;
    }

    /** The stored digest of a content, if it has been indexed. */
    java.util.Optional<SimilarityRepository.Digest> digestOf(String sha256) {
        return repository.findBySha256(sha256);
    }

    // digests from the engine are valid; a result stored by an older engine may not be, and must not break the index
    private static @Nullable String valid(@Nullable String digest, boolean tlsh) {
        if (digest == null || digest.isBlank()) {
            return null;
        }
        try {
            if (tlsh) {
                SimilarityKeys.tlsh(digest);
            } else {
                SimilarityKeys.ssdeep(digest);
            }
            return digest;
        } catch (IllegalArgumentException e) {
            log.info("Not indexing {} digest {}: {}", tlsh ? "TLSH" : "ssdeep", digest, e.getMessage());
            return null;
        }
    }
}
