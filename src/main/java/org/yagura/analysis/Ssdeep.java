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
    private static final char[] DIGITS = BASE64.toCharArray();

    private static final int WINDOW = 7;
    private static final int BLOCK_HASHES = 31;
    // FNV-style piece hash seed, reduced to the 6 bits that reach the digest
    private static final int HASH_INIT = 0x27;

    // the last WINDOW bytes of the previous update, oldest at windowPos
    private final int[] window = new int[WINDOW];
    private int windowPos;
    private int rollH1;
    private int rollH2;
    private int rollH3;

    // the 6-bit piece hashes, one byte per block size, stepped eight at a time (see PieceHashes);
    // LANES spare bytes at the end so that eight can be read from any block size
    private final byte[] pieceHash = new byte[BLOCK_HASHES + PieceHashes.LANES];
    private final byte[] halfHash = new byte[BLOCK_HASHES + PieceHashes.LANES];
    private final char[][] digest = new char[BLOCK_HASHES][SPAMSUM_LENGTH];
    private final int[] digestLength = new int[BLOCK_HASHES];
    private final char[] halfDigest = new char[BLOCK_HASHES];
    private int first;
    private int end = 1;
    private long length;
    // a declared input length, or -1; with it, block sizes too large to be chosen are never started
    private final long declaredLength;
    private final int endLimit;

    /** A digest of an input of unknown length. */
    public Ssdeep() {
        this(-1);
    }

    /**
     * A digest of an input of exactly {@code totalLength} bytes (or of unknown length when negative),
     * as ssdeep's {@code fuzzy_set_total_input_length}: block sizes that cannot be chosen for that
     * length are not tracked, which gives the same digest with less work. {@link #digest()} refuses an
     * input of any other length.
     */
    public Ssdeep(long totalLength) {
        pieceHash[0] = HASH_INIT;
        halfHash[0] = HASH_INIT;
        declaredLength = totalLength;
        int limit = BLOCK_HASHES;
        if (totalLength >= 0) {
            int b = 0;
            while (blockSize(b) * SPAMSUM_LENGTH < totalLength && b < BLOCK_HASHES - 2) {
                b++;
            }
            // the digest takes the block size for the length, or a smaller one, and the next larger
            limit = Math.min(BLOCK_HASHES, b + 2);
        }
        endLimit = limit;
    }

    /** The ssdeep digest of a whole byte array. */
    public static String of(byte[] data) {
        Ssdeep ssdeep = new Ssdeep(data.length);
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
        int stop = offset + count;
        int i = offset;
        // the first WINDOW bytes roll out bytes of the previous update, kept in window
        for (int head = Math.min(stop, offset + WINDOW); i < head; i++) {
            int c = data[i] & 0xff;
            int old = window[windowPos];
            window[windowPos] = c;
            windowPos = windowPos == WINDOW - 1 ? 0 : windowPos + 1;
            roll(c, old);
        }
        while (i < stop) {
            if (end - first > PieceHashes.LANES) {
                roll(data[i] & 0xff, data[i - WINDOW] & 0xff);
                i++;
            } else {
                i = rollInRegisters(data, i, stop);
            }
        }
        if (count >= WINDOW) {
            for (int k = 0; k < WINDOW; k++) {
                window[k] = data[stop - WINDOW + k] & 0xff;
            }
            windowPos = 0;
        }
    }

    /**
     * The common case: at most eight block sizes in the running, so their piece hashes fit one long
     * per kind and stay in registers until the next piece ends; with at most four, both kinds share
     * one long and one step. Rolls from {@code i} (at least WINDOW bytes into the array) up to the
     * byte that ends a piece, and returns the next index.
     */
    private int rollInRegisters(byte[] data, int i, int stop) {
        boolean shared = end - first <= PieceHashes.LANES / 2;
        long piece;
        long half;
        if (shared) {
            piece = PieceHashes.quarter(pieceHash, first) | PieceHashes.quarter(halfHash, first) << 32;
            half = 0;
        } else {
            piece = PieceHashes.lanes(pieceHash, first);
            half = PieceHashes.lanes(halfHash, first);
        }
        int h1 = rollH1;
        int h2 = rollH2;
        int h3 = rollH3;
        // the low bits of the rolling hash + 1 must be zero for the smallest block size 3 << first
        int lowBits = (1 << first) - 1;
        long trigger = 0;
        while (i < stop) {
            int c = data[i] & 0xff;
            h2 += WINDOW * c - h1;
            h1 += c - (data[i - WINDOW] & 0xff);
            h3 = (h3 << 5) ^ c;
            long spread = c * PieceHashes.EVERY_LANE;
            piece = PieceHashes.step(piece, spread);
            if (!shared) {
                half = PieceHashes.step(half, spread);
            }
            i++;
            int sum = h1 + h2 + h3;
            if (((sum + 1) & lowBits) == 0) {
                long candidate = (sum & 0xffffffffL) + 1;
                if (candidate % MIN_BLOCK_SIZE == 0) {
                    trigger = candidate;
                    break;
                }
            }
        }
        rollH1 = h1;
        rollH2 = h2;
        rollH3 = h3;
        if (shared) {
            PieceHashes.setQuarter(pieceHash, first, piece);
            PieceHashes.setQuarter(halfHash, first, piece >>> 32);
        } else {
            PieceHashes.setLanes(pieceHash, first, piece);
            PieceHashes.setLanes(halfHash, first, half);
        }
        if (trigger != 0) {
            endPieces(trigger);
        }
        return i;
    }

    /** One byte in, {@code old} out of the window, for any number of block sizes in the running. */
    private void roll(int c, int old) {
        rollH2 += WINDOW * c - rollH1;
        rollH1 += c - old;
        rollH3 = (rollH3 << 5) ^ c;
        long spread = c * PieceHashes.EVERY_LANE;
        for (int b = first; b < end; b += PieceHashes.LANES) {
            PieceHashes.setLanes(pieceHash, b, PieceHashes.step(PieceHashes.lanes(pieceHash, b), spread));
            PieceHashes.setLanes(halfHash, b, PieceHashes.step(PieceHashes.lanes(halfHash, b), spread));
        }
        // a piece ends where the rolling hash is -1 modulo the block size: h + 1 divisible by it
        long trigger = ((rollH1 + rollH2 + rollH3) & 0xffffffffL) + 1;
        if ((trigger & ((1L << first) - 1)) == 0 && trigger % MIN_BLOCK_SIZE == 0) {
            endPieces(trigger);
        }
    }

    /** Ends the pieces of every block size that {@code trigger} (a multiple of 3) is a multiple of. */
    private void endPieces(long trigger) {
        // a multiple of 3 is a multiple of the block size 3 << b when its low b bits are zero
        int last = Long.numberOfTrailingZeros(trigger);
        for (int b = first; b < end && b <= last; b++) {
            if (digestLength[b] == 0) {
                fork();
            }
            int n = digestLength[b];
            digest[b][n] = DIGITS[pieceHash[b]];
            halfDigest[b] = DIGITS[halfHash[b]];
            if (n < SPAMSUM_LENGTH - 1) {
                // once full, the last character absorbs the rest of the input
                digestLength[b] = ++n;
                digest[b][n] = 0;
                pieceHash[b] = HASH_INIT;
                if (n < SPAMSUM_LENGTH / 2) {
                    halfHash[b] = HASH_INIT;
                    halfDigest[b] = 0;
                }
            } else {
                reduce();
            }
        }
    }

    private void fork() {
        if (end >= endLimit) {
            return;
        }
        pieceHash[end] = pieceHash[end - 1];
        halfHash[end] = halfHash[end - 1];
        digestLength[end] = 0;
        digest[end][0] = 0;
        halfDigest[end] = 0;
        end++;
    }

    private void reduce() {
        long total = declaredLength >= 0 ? declaredLength : length;
        if (end - first < 2 || blockSize(first) * SPAMSUM_LENGTH >= total
                || digestLength[first + 1] < SPAMSUM_LENGTH / 2) {
            return;
        }
        // the smallest block size can no longer be chosen by digest()
        first++;
    }

    /** The digest {@code blocksize:hash1:hash2} of everything fed so far. */
    public String digest() {
        if (declaredLength >= 0 && declaredLength != length) {
            throw new IllegalStateException("the input had " + length + " bytes, not the " + declaredLength + " declared");
        }
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
            out.append(DIGITS[pieceHash[b]]);
        } else if (digest[b][n] != 0) {
            out.append(digest[b][n]);
        }
        out.append(':');
        if (b < end - 1) {
            b++;
            out.append(digest[b], 0, Math.min(digestLength[b], SPAMSUM_LENGTH / 2 - 1));
            if (midPiece) {
                out.append(DIGITS[halfHash[b]]);
            } else if (halfDigest[b] != 0) {
                out.append(halfDigest[b]);
            }
        } else if (midPiece) {
            out.append(DIGITS[pieceHash[b]]);
        }
        return out.toString();
    }

    static long blockSize(int index) {
        return (long) MIN_BLOCK_SIZE << index;
    }
}
