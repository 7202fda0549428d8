package org.yagura.artifacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.analysis.SimilarityKeys;

/**
 * The data of the similarity benchmark: N synthetic TLSH digests with planted families of near-duplicates
 * (each variant changes up to 60 bucket codes of its family's base by one, and sometimes the header), stored
 * into the index as the rows the indexer writes, by JDBC batches.
 */
@Component
class SimilarityBench {

    static final int FAMILY = 20;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int KEYS_PER_DIGEST = SimilarityKeys.TLSH_EXACT_BANDS + SimilarityKeys.TLSH_COARSE_BANDS;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SimilarityBench(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** N digests: the first {@code families * FAMILY} in families (a base and its variants), the rest random. */
    static List<String> digests(int n, int families, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        byte[] base = new byte[35];
        for (int i = 0; i < n; i++) {
            boolean planted = i < families * FAMILY;
            if (!planted || i % FAMILY == 0) {
                random.nextBytes(base);
                out.add(tlsh(base));
            } else {
                out.add(tlsh(variant(base, random)));
            }
        }
        return out;
    }

    static byte[] variant(byte[] base, Random random) {
        byte[] v = base.clone();
        int changes = 1 + random.nextInt(60);
        for (int c = 0; c < changes; c++) {
            int at = 3 + random.nextInt(32);
            int shift = 2 * random.nextInt(4);
            int code = (v[at] >> shift) & 3;
            int next = code == 0 ? 1 : code == 3 ? 2 : code + (random.nextBoolean() ? 1 : -1);
            v[at] = (byte) ((v[at] & ~(3 << shift)) | (next << shift));
        }
        if (random.nextInt(2) == 0) {
            v[0] = (byte) random.nextInt(256);
        }
        if (random.nextInt(4) == 0) {
            int length = ((v[1] & 0xf) << 4 | (v[1] & 0xff) >> 4) + (random.nextBoolean() ? 1 : -1);
            length &= 0xff;
            v[1] = (byte) ((length & 0xf) << 4 | length >> 4);
        }
        if (random.nextInt(5) == 0) {
            v[2] = (byte) ((v[2] & 0xf0) | (((v[2] & 0xf) + 1) & 0xf));
        }
        return v;
    }

    private static String tlsh(byte[] raw) {
        return "T1" + HEX.formatHex(raw);
    }

    /**
     * Stores the digests with ids from 1 and their band keys — the rows the indexer writes — and returns the
     * nanoseconds it took. The digests go in transactions of {@code batch}; the band keys of all of them are
     * then sorted and written in that order, since a B-tree is filled fastest in its own order (32 keys per
     * digest in random order outgrow any page cache at a million digests).
     */
    long fill(List<String> digests, int batch) {
        long start = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        long[] bandRows = new long[digests.size() * KEYS_PER_DIGEST];
        int n = 0;
        for (int from = 0; from < digests.size(); from += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(digests.size(), from + batch); i++) {
                long id = i + 1L;
                rows.add(new Object[] {id, String.format("%064x", id), digests.get(i), now});
                for (int key : SimilarityKeys.tlsh(digests.get(i))) {
                    bandRows[n++] = (long) key << 32 | id;
                }
            }
            tx.executeWithoutResult(s -> jdbc.batchUpdate(
                    "INSERT INTO artifact_similarity (id, sha256, tlsh, indexed_at) VALUES (?, ?, ?, ?)", rows));
        }
        Arrays.sort(bandRows, 0, n);
        int rowsPerTransaction = batch * KEYS_PER_DIGEST;
        for (int from = 0; from < n; from += rowsPerTransaction) {
            List<Object[]> rows = new ArrayList<>(rowsPerTransaction);
            for (int i = from; i < Math.min(n, from + rowsPerTransaction); i++) {
                rows.add(new Object[] {(int) (bandRows[i] >> 32), bandRows[i] & 0xffff_ffffL});
            }
            tx.executeWithoutResult(s -> jdbc.batchUpdate(
                    "INSERT INTO artifact_tlsh_band (band_key, digest_id) VALUES (?, ?)", rows));
        }
        // as after any bulk load; the band look-up is an index scan only when the planner knows the table's size
        org.yagura.shared.TableStatistics.refresh(jdbc, "artifact_similarity", "artifact_tlsh_band");
        return System.nanoTime() - start;
    }
}
