package org.yagura.analysis;

import java.util.Arrays;
import java.util.Random;

/**
 * Index keys that let a store find similar fuzzy hashes without comparing a query with every digest
 * (ADR 015). Two digests that are close share at least one key; candidates found through the keys are
 * then verified with the exact comparison ({@link Tlsh#distance(String, String)}, {@link Ssdeep#compare}).
 *
 * <ul>
 * <li>TLSH: the 128 two-bit quartile codes of the body are cut into {@value #TLSH_EXACT_BANDS} disjoint
 * bands of 8 buckets (16 bits each): by the pigeonhole principle two digests with at most
 * {@value #TLSH_GUARANTEED_DISTANCE} differing buckets, hence every pair at distance &le;
 * {@value #TLSH_GUARANTEED_DISTANCE}, share a band. {@value #TLSH_COARSE_BANDS} further bands take 12
 * buckets each in a fixed shuffled order and keep one bit per bucket (above or below the median), which a
 * change of a code by one flips only in a third of the cases: they find most pairs further apart (measured
 * recall in ADR 015), at the price of more candidates (4,096 values per band instead of 65,536).</li>
 * <li>ssdeep: every 7-character run of both chunk strings, under the block size it was computed with.
 * ssdeep scores two digests above zero only when their block sizes are equal or double and the strings
 * of a common block size share such a run, so the keys find every pair with a score above zero.</li>
 * </ul>
 */
public final class SimilarityKeys {

    /** Disjoint bands of exact codes: their number minus one is the distance up to which recall is exact. */
    public static final int TLSH_EXACT_BANDS = 16;
    /** Bands of one bit per bucket over shuffled buckets (probabilistic recall beyond the guarantee). */
    public static final int TLSH_COARSE_BANDS = 16;
    /** Every pair of TLSH digests at most this far apart shares a key. */
    public static final int TLSH_GUARANTEED_DISTANCE = TLSH_EXACT_BANDS - 1;

    private static final int BUCKETS = 128;
    private static final int COARSE_WIDTH = 12;
    private static final int RUN = 7;
    private static final int[][] COARSE = coarseBands();

    private SimilarityKeys() {
    }

    /** The band keys of a TLSH digest (with or without the {@code T1} prefix); distinct, ascending. */
    public static int[] tlsh(String digest) {
        TlshDigest d = TlshDigest.parse(digest);
        int[] keys = new int[TLSH_EXACT_BANDS + TLSH_COARSE_BANDS];
        for (int band = 0; band < TLSH_EXACT_BANDS; band++) {
            int value = 0;
            for (int i = 0; i < BUCKETS / TLSH_EXACT_BANDS; i++) {
                value = value << 2 | d.bucket(band + TLSH_EXACT_BANDS * i);
            }
            keys[band] = band << 16 | value;
        }
        for (int band = 0; band < TLSH_COARSE_BANDS; band++) {
            int value = 0;
            for (int bucket : COARSE[band]) {
                value = value << 1 | (d.bucket(bucket) >> 1);
            }
            keys[TLSH_EXACT_BANDS + band] = (TLSH_EXACT_BANDS + band) << 16 | value;
        }
        return keys;
    }

    /**
     * The keys of an ssdeep digest: each 7-character run of the first chunk string under its block size
     * and of the second under twice that, after ssdeep's removal of runs of more than three equal
     * characters; distinct, ascending. Empty when the strings are too short to share a run with anything.
     */
    public static long[] ssdeep(String digest) {
        SsdeepComparison.Parsed p = SsdeepComparison.Parsed.of(digest);
        long size = p.blockSize();
        if (size < Ssdeep.MIN_BLOCK_SIZE || size % Ssdeep.MIN_BLOCK_SIZE != 0
                || Long.bitCount(size / Ssdeep.MIN_BLOCK_SIZE) != 1) {
            throw new IllegalArgumentException("not an ssdeep block size: " + size);
        }
        int exponent = Long.numberOfTrailingZeros(size / Ssdeep.MIN_BLOCK_SIZE);
        long[] first = runs(p.first(), exponent);
        long[] second = runs(p.second(), exponent + 1);
        long[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    // 7 characters of the base64 alphabet are 42 bits; the block size exponent goes above them: no collisions
    private static long[] runs(String s, int exponent) {
        if (s.length() < RUN) {
            return new long[0];
        }
        long[] keys = new long[s.length() - RUN + 1];
        for (int i = 0; i < keys.length; i++) {
            long key = exponent;
            for (int j = 0; j < RUN; j++) {
                int v = Ssdeep.BASE64.indexOf(s.charAt(i + j));
                if (v < 0) {
                    throw new IllegalArgumentException("not an ssdeep digest character: " + s.charAt(i + j));
                }
                key = key << 6 | v;
            }
            keys[i] = key;
        }
        return keys;
    }

    // a fixed shuffle, so that keys never change between versions or nodes; each group of 10 bands takes 120 distinct buckets
    private static int[][] coarseBands() {
        Random random = new Random(0x7A6A5A);
        int[][] bands = new int[TLSH_COARSE_BANDS][COARSE_WIDTH];
        int perGroup = BUCKETS / COARSE_WIDTH;
        for (int group = 0; group * perGroup < TLSH_COARSE_BANDS; group++) {
            int[] order = new int[BUCKETS];
            for (int i = 0; i < BUCKETS; i++) {
                order[i] = i;
            }
            for (int i = BUCKETS - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int b = 0; b < perGroup && group * perGroup + b < TLSH_COARSE_BANDS; b++) {
                bands[group * perGroup + b] = Arrays.copyOfRange(order, b * COARSE_WIDTH, (b + 1) * COARSE_WIDTH);
            }
        }
        return bands;
    }
}
