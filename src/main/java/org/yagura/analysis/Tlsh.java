package org.yagura.analysis;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Trend Micro Locality Sensitive Hash, 128 buckets and a 1-byte checksum, streaming. Digests print
 * with the {@code T1} version prefix; Debian's {@code tlsh} (3.4) prints the same without it and,
 * like it, no digest is given for inputs under 256 bytes or with too little variety.
 */
public final class Tlsh {

    static final int MIN_LENGTH = 256;
    private static final int BUCKETS = 128;
    // Pearson salts 0, 2, 3, 5, 7, 11, 13 after the first table step
    private static final int S0 = 1;
    private static final int S2 = 49;
    private static final int S3 = 12;
    private static final int S5 = 178;
    private static final int S7 = 166;
    private static final int S11 = 84;
    private static final int S13 = 230;

    // a triplet's bucket is T[v] for v = T[T[salt ^ c] ^ x] ^ y; T is a permutation, so counting v
    // and permuting the counts once in digest() gives the buckets with one table read less per triplet
    private final int[] beforeLastStep = new int[256];
    private int checksum;
    private int b1;
    private int b2;
    private int b3;
    private int b4;
    private long length;

    /** The TLSH digest of a whole byte array, or null where the tool gives none. */
    public static @Nullable String of(byte[] data) {
        Tlsh tlsh = new Tlsh();
        tlsh.update(data, 0, data.length);
        return tlsh.digest();
    }

    /** TLSH distance including the length term, as {@code tlsh -c} prints it (0 = same). */
    public static int distance(String a, String b) {
        return TlshDigest.parse(a).distance(TlshDigest.parse(b), true);
    }

    /** TLSH distance, with or without the length term ({@code tlsh -xlen} leaves it out). */
    public static int distance(String a, String b, boolean includeLength) {
        return TlshDigest.parse(a).distance(TlshDigest.parse(b), includeLength);
    }

    /** Feeds the next {@code count} bytes of the input. */
    public void update(byte[] data, int offset, int count) {
        int[] t = Pearson.TABLE;
        int[] raw = beforeLastStep;
        int sum = checksum;
        int p1 = b1;
        int p2 = b2;
        int p3 = b3;
        int p4 = b4;
        int i = offset;
        int stop = offset + count;
        long seen = length;
        for (; i < stop && seen < 4; i++, seen++) {
            p4 = p3;
            p3 = p2;
            p2 = p1;
            p1 = data[i] & 0xff;
        }
        for (; i < stop; i++) {
            int c = data[i] & 0xff;
            sum = t[t[t[S0 ^ c] ^ p1] ^ sum];
            raw[t[t[S2 ^ c] ^ p1] ^ p2]++;
            raw[t[t[S3 ^ c] ^ p1] ^ p3]++;
            raw[t[t[S5 ^ c] ^ p2] ^ p3]++;
            raw[t[t[S7 ^ c] ^ p2] ^ p4]++;
            raw[t[t[S11 ^ c] ^ p1] ^ p4]++;
            raw[t[t[S13 ^ c] ^ p3] ^ p4]++;
            p4 = p3;
            p3 = p2;
            p2 = p1;
            p1 = c;
        }
        checksum = sum;
        b1 = p1;
        b2 = p2;
        b3 = p3;
        b4 = p4;
        length += count;
    }

    /** The digest ({@code T1} + 70 hex digits) of everything fed so far, or null. */
    public @Nullable String digest() {
        if (length < MIN_LENGTH) {
            return null;
        }
        int[] buckets = new int[256];
        for (int v = 0; v < 256; v++) {
            buckets[Pearson.TABLE[v]] = beforeLastStep[v];
        }
        long[] sorted = new long[BUCKETS];
        int nonZero = 0;
        for (int i = 0; i < BUCKETS; i++) {
            sorted[i] = Integer.toUnsignedLong(buckets[i]);
            nonZero += buckets[i] != 0 ? 1 : 0;
        }
        if (nonZero <= BUCKETS / 2) {
            return null;
        }
        Arrays.sort(sorted);
        long q1 = sorted[BUCKETS / 4 - 1];
        long q2 = sorted[BUCKETS / 2 - 1];
        long q3 = sorted[BUCKETS - BUCKETS / 4 - 1];
        int[] code = new int[BUCKETS / 4];
        for (int i = 0; i < code.length; i++) {
            int h = 0;
            for (int j = 0; j < 4; j++) {
                long k = Integer.toUnsignedLong(buckets[4 * i + j]);
                int level = q3 < k ? 3 : q2 < k ? 2 : q1 < k ? 1 : 0;
                h |= level << (j * 2);
            }
            code[i] = h;
        }
        return new TlshDigest(checksum, lengthCode(length), ratio(q1, q3), ratio(q2, q3), code).toString();
    }

    private static int ratio(long q, long q3) {
        // the reference computes in 32-bit unsigned and float
        float scaled = (float) ((q * 100) & 0xffffffffL) / (float) q3;
        return (int) ((long) scaled % 16);
    }

    static int lengthCode(long length) {
        double log = Math.log((float) (length & 0xffffffffL));
        int i;
        if (length <= 656) {
            i = (int) Math.floor(log / 0.4054651);
        } else if (length <= 3199) {
            i = (int) Math.floor(log / 0.26236426 - 8.72777);
        } else {
            i = (int) Math.floor(log / 0.095310180 - 62.5472);
        }
        return i & 0xff;
    }
}
