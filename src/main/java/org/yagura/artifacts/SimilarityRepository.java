package org.yagura.artifacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The similarity index in {@code artifact_similarity}, {@code artifact_tlsh_band} and {@code artifact_ssdeep_gram}. */
@Repository
class SimilarityRepository {

    /** A stored content: its id in the index, its SHA-256 and its fuzzy hashes. */
    record Digest(long id, String sha256, @Nullable String tlsh, @Nullable String ssdeep) {
    }

    private static final String DIGEST = "SELECT s.id, s.sha256, s.tlsh, s.ssdeep FROM artifact_similarity s ";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SimilarityRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores a content and its keys unless it is indexed already; true when it was new. */
    boolean insert(String sha256, @Nullable String tlsh, @Nullable String ssdeep, int[] bands, long[] grams, Instant at) {
        int inserted = jdbc.sql("INSERT INTO artifact_similarity (sha256, tlsh, ssdeep, indexed_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(sha256, tlsh, ssdeep, Timestamp.from(at)).update();
        if (inserted == 0) {
            return false;
        }
        long id = jdbc.sql("SELECT id FROM artifact_similarity WHERE sha256 = ?").param(sha256).query(Long.class).single();
        insertKeys(id, bands, grams);
        return true;
    }

    /** The keys of one digest; a key already stored (by a concurrent indexer) is left as it is. */
    private void insertKeys(long id, int[] bands, long[] grams) {
        if (bands.length > 0) {
            template.batchUpdate("INSERT INTO artifact_tlsh_band (band_key, digest_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    java.util.Arrays.stream(bands).mapToObj(key -> new Object[] {key, id}).toList());
        }
        if (grams.length > 0) {
            template.batchUpdate("INSERT INTO artifact_ssdeep_gram (gram_key, digest_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    java.util.Arrays.stream(grams).mapToObj(key -> new Object[] {key, id}).toList());
        }
    }

    Optional<Digest> findBySha256(String sha256) {
        return jdbc.sql(DIGEST + "WHERE s.sha256 = ?").param(sha256).query(SimilarityRepository::digest).optional();
    }

    /** The digests that share a TLSH band key with the given ones, at most {@code max}. */
    List<Digest> tlshCandidates(int[] keys, int max) {
        if (keys.length == 0) {
            return List.of();
        }
        return jdbc.sql(DIGEST + "WHERE s.id IN (SELECT b.digest_id FROM artifact_tlsh_band b WHERE b.band_key IN ("
                        + placeholders(keys.length) + ")) FETCH FIRST " + max + " ROWS ONLY")
                .params(boxed(keys)).query(SimilarityRepository::digest).list();
    }

    /** The digests that share an ssdeep run key with the given ones, at most {@code max}. */
    List<Digest> ssdeepCandidates(long[] keys, int max) {
        if (keys.length == 0) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        for (long k : keys) {
            params.add(k);
        }
        return jdbc.sql(DIGEST + "WHERE s.id IN (SELECT g.digest_id FROM artifact_ssdeep_gram g WHERE g.gram_key IN ("
                        + placeholders(keys.length) + ")) FETCH FIRST " + max + " ROWS ONLY")
                .params(params).query(SimilarityRepository::digest).list();
    }

    /** Every stored TLSH digest, streamed: the brute-force scan that the benchmark compares the index with. */
    void scanTlsh(Consumer<Digest> each) {
        template.query(DIGEST + "WHERE s.tlsh IS NOT NULL", rs -> {
            each.accept(new Digest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        });
    }

    /** Contents of finished analyses that are not indexed yet (the backfill's next batch). */
    List<String> unindexedResults(int max) {
        return jdbc.sql("SELECT a.analysis_result FROM artifact a WHERE a.analysis_status = 'DONE' "
                        + "AND NOT EXISTS (SELECT 1 FROM artifact_similarity s WHERE s.sha256 = a.sha256) "
                        + "ORDER BY a.created_at FETCH FIRST " + max + " ROWS ONLY")
                .query(String.class).list();
    }

    private static Digest digest(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Digest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM artifact_similarity").query(Long.class).single();
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<Object> boxed(int[] keys) {
        List<Object> out = new ArrayList<>(keys.length);
        for (int k : keys) {
            out.add(k);
        }
        return out;
    }
}
