package org.yagura.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shannon entropy in bits per byte, of the whole input and of consecutive blocks of it, streaming.
 *
 * <p>The block profile starts with 64 KiB blocks; when the input would need more than
 * {@value #MAX_BLOCKS} of them, neighbouring blocks merge and the block size doubles, so the profile
 * always covers the whole input in at most {@value #MAX_BLOCKS} values with bounded memory.
 */
public final class Entropy {

    static final int MAX_BLOCKS = 256;
    static final int FIRST_BLOCK_SIZE = 64 * 1024;

    private final long[] counts = new long[256];
    private final List<long[]> blocks = new ArrayList<>();
    private long[] current = new long[256];
    private final int[] partial = new int[4 * 256];
    private long blockSize = FIRST_BLOCK_SIZE;
    private long inCurrent;
    private long length;

    /** Shannon entropy of a byte histogram, in bits per byte (0 for no data). */
    public static double of(long[] histogram) {
        long total = 0;
        for (long n : histogram) {
            total += n;
        }
        if (total == 0) {
            return 0;
        }
        double bits = 0;
        for (long n : histogram) {
            if (n != 0) {
                double p = (double) n / total;
                bits -= p * Math.log(p);
            }
        }
        return bits / Math.log(2);
    }

    /** Feeds the next {@code count} bytes of the input. */
    public void update(byte[] data, int offset, int count) {
        int i = offset;
        int stop = offset + count;
        while (i < stop) {
            int take = (int) Math.min(stop - i, blockSize - inCurrent);
            count(data, i, take);
            i += take;
            inCurrent += take;
            if (inCurrent == blockSize) {
                closeBlock();
            }
        }
        length += count;
    }

    /**
     * Adds the bytes to the current block. Four interleaved histograms, so a run of one byte value
     * (zeros in binaries) does not wait on its own counter from one byte to the next.
     */
    private void count(byte[] data, int from, int n) {
        int[] h = partial;
        int j = from;
        for (int end = from + (n & ~3); j < end; j += 4) {
            h[data[j] & 0xff]++;
            h[256 + (data[j + 1] & 0xff)]++;
            h[512 + (data[j + 2] & 0xff)]++;
            h[768 + (data[j + 3] & 0xff)]++;
        }
        for (int end = from + n; j < end; j++) {
            h[data[j] & 0xff]++;
        }
        long[] block = current;
        for (int b = 0; b < 256; b++) {
            block[b] += h[b] + h[256 + b] + h[512 + b] + h[768 + b];
        }
        Arrays.fill(h, 0);
    }

    private void closeBlock() {
        for (int b = 0; b < 256; b++) {
            counts[b] += current[b];
        }
        blocks.add(current);
        current = new long[256];
        inCurrent = 0;
        if (blocks.size() == MAX_BLOCKS) {
            for (int k = 0; k < MAX_BLOCKS / 2; k++) {
                long[] merged = blocks.get(2 * k);
                long[] next = blocks.get(2 * k + 1);
                for (int b = 0; b < 256; b++) {
                    merged[b] += next[b];
                }
                blocks.set(k, merged);
            }
            blocks.subList(MAX_BLOCKS / 2, MAX_BLOCKS).clear();
            blockSize *= 2;
        }
    }

    /** Entropy of everything fed so far. */
    public double total() {
        long[] all = counts.clone();
        for (int b = 0; b < 256; b++) {
            all[b] += current[b];
        }
        return of(all);
    }

    /** Entropy of each block in order; the last one may be shorter than {@link #blockSize()}. */
    public List<Double> profile() {
        List<Double> profile = new ArrayList<>(blocks.size() + 1);
        for (long[] block : blocks) {
            profile.add(of(block));
        }
        if (inCurrent > 0) {
            profile.add(of(current));
        }
        return List.copyOf(profile);
    }

    /** Bytes per profile block. */
    public long blockSize() {
        return blockSize;
    }

    long length() {
        return length;
    }
}
