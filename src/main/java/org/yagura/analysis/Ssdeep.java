package org.yagura.analysis;

/**
 * Context-triggered piecewise hashing (Kornblum 2006), streaming and compatible with ssdeep 2.14.
 *
 * <p>The block size depends on the input length, which a stream does not know in advance. Like
 * ssdeep's own {@code fuzzy_update}, this keeps a digest for every block size still in the running and
 * drops the smallest once a larger one is certain to be chosen, so one pass suffices and the state
 * stays a few kilobytes whatever the input size.
 */
public final class Ssdeep {

    static final int SPAMSUM_LENGTH = 64;
    static final int MIN_BLOCK_SIZE = 3;
    static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static final int WINDOW = 7;
    private static final int BLOCK_HASHES = 31;
    // FNV-style piece hash seed, reduced to the 6 bits that reach the digest
    private static final int HASH_INIT = 0x27;

    private final int[] window = new int[WINDOW];
    private int windowPos;
    private int rollH1;
    private int rollH2;
    private int rollH3;

    // the 6-bit piece hashes of all block sizes, eight to a long, stepped together (see PieceHashes)
    private final long[] pieceHash = new long[PieceHashes.WORDS];
    private final long[] halfHash = new long[PieceHashes.WORDS];
    private final char[][] digest = new char[BLOCK_HASHES][SPAMSUM_LENGTH];
    private final int[] digestLength = new int[BLOCK_HASHES];
    private final char[] halfDigest = new char[BLOCK_HASHES];
    private int first;
    private int end = 1;
    private long length;

    public Ssdeep() {
        PieceHashes.set(pieceHash, 0, HASH_INIT);
        PieceHashes.set(halfHash, 0, HASH_INIT);
    }

    /** The ssdeep digest of a whole byte array. */
    public static String of(byte[] data) {
        Ssdeep ssdeep = new Ssdeep();
        ssdeep.update(data, 0, data.length);
        return ssdeep.digest();
    }

    /** Scores two ssdeep digests from 0 (unrelated) to 100 (same), exactly as {@code ssdeep -d} does. */
    public static int compare(String a, String b) {
        return SsdeepComparison.score(a, b);
    }

    /** Feeds the next {@code count} bytes of the input. */
    public void update(byte[] data, int offset, int count) {
        length += count;
        int[] win = window;
        long[] piece = pieceHash;
        long[] half = halfHash;
        int pos = windowPos;
        int h1 = rollH1;
        int h2 = rollH2;
        int h3 = rollH3;
        for (int i = offset, stop = offset + count; i < stop; i++) {
            int c = data[i] & 0xff;
            h2 += WINDOW * c - h1;
            h1 += c - win[pos];
            win[pos] = c;
            pos = pos == WINDOW - 1 ? 0 : pos + 1;
            h3 = (h3 << 5) ^ c;
            long spread = c * PieceHashes.EVERY_LANE;
            for (int w = first >> 3, last = (end - 1) >> 3; w <= last; w++) {
                piece[w] = PieceHashes.step(piece[w], spread);
                half[w] = PieceHashes.step(half[w], spread);
            }
            // a piece ends where the rolling hash is -1 modulo the block size: h + 1 divisible by it
            long trigger = ((h1 + h2 + h3) & 0xffffffffL) + 1;
            if ((trigger & ((1L << first) - 1)) == 0 && trigger % MIN_BLOCK_SIZE == 0) {
                endPieces(trigger);
            }
        }
        windowPos = pos;
        rollH1 = h1;
        rollH2 = h2;
        rollH3 = h3;
    }

    private void endPieces(long trigger) {
        for (int b = first; b < end; b++) {
            if (trigger % blockSize(b) != 0) {
                // divisible by a block size implies divisible by every smaller one: stop at the first miss
                return;
            }
            if (digestLength[b] == 0) {
                fork();
            }
            int n = digestLength[b];
            digest[b][n] = BASE64.charAt(PieceHashes.get(pieceHash, b));
            halfDigest[b] = BASE64.charAt(PieceHashes.get(halfHash, b));
            if (n < SPAMSUM_LENGTH - 1) {
                // once full, the last character absorbs the rest of the input
                digestLength[b] = ++n;
                digest[b][n] = 0;
                PieceHashes.set(pieceHash, b, HASH_INIT);
                if (n < SPAMSUM_LENGTH / 2) {
                    PieceHashes.set(halfHash, b, HASH_INIT);
                    halfDigest[b] = 0;
                }
            } else {
                reduce();
            }
        }
    }

    private void fork() {
        if (end >= BLOCK_HASHES) {
            return;
        }
        PieceHashes.set(pieceHash, end, PieceHashes.get(pieceHash, end - 1));
        PieceHashes.set(halfHash, end, PieceHashes.get(halfHash, end - 1));
        digestLength[end] = 0;
        digest[end][0] = 0;
        halfDigest[end] = 0;
        end++;
    }

    private void reduce() {
        if (end - first < 2 || blockSize(first) * SPAMSUM_LENGTH >= length
                || digestLength[first + 1] < SPAMSUM_LENGTH / 2) {
            return;
        }
        // the smallest block size can no longer be chosen by digest()
        first++;
    }

    /** The digest {@code blocksize:hash1:hash2} of everything fed so far. */
    public String digest() {
        int b = first;
        while (blockSize(b) * SPAMSUM_LENGTH < length && b < BLOCK_HASHES - 1) {
            b++;
        }
        while (b >= end) {
            b--;
        }
        while (b > first && digestLength[b] < SPAMSUM_LENGTH / 2) {
            b--;
        }
        boolean midPiece = rollH1 + rollH2 + rollH3 != 0;
        StringBuilder out = new StringBuilder(160).append(blockSize(b)).append(':');
        int n = digestLength[b];
        out.append(digest[b], 0, n);
        if (midPiece) {
            out.append(BASE64.charAt(PieceHashes.get(pieceHash, b)));
        } else if (digest[b][n] != 0) {
            out.append(digest[b][n]);
        }
        out.append(':');
        if (b < end - 1) {
            b++;
            out.append(digest[b], 0, Math.min(digestLength[b], SPAMSUM_LENGTH / 2 - 1));
            if (midPiece) {
                out.append(BASE64.charAt(PieceHashes.get(halfHash, b)));
            } else if (halfDigest[b] != 0) {
                out.append(halfDigest[b]);
            }
        } else if (midPiece) {
            out.append(BASE64.charAt(PieceHashes.get(pieceHash, b)));
        }
        return out.toString();
    }

    static long blockSize(int index) {
        return (long) MIN_BLOCK_SIZE << index;
    }
}
