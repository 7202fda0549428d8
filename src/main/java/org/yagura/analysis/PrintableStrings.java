package org.yagura.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Printable strings of at least {@code minLength} characters, ASCII and UTF-16LE (either byte
 * alignment), found while the file streams past, as {@code strings -a} and {@code strings -el} would.
 * Printable means the bytes 0x20–0x7e and tab. It keeps the first {@code maxStrings} strings found
 * (chunk by chunk: a chunk's ASCII strings, then its UTF-16LE ones), each cut at {@code maxLength}
 * characters, and counts all of them; memory stays bounded whatever the input.
 */
public final class PrintableStrings implements ByteSink {

    private static final boolean[] PRINTABLE = new boolean[256];
    private static final int[] PRINTABLE_BIT = new int[256];

    static {
        for (int c = 0x20; c < 0x7f; c++) {
            PRINTABLE[c] = true;
        }
        PRINTABLE['\t'] = true;
        for (int c = 0; c < 256; c++) {
            PRINTABLE_BIT[c] = PRINTABLE[c] ? 1 : 0;
        }
    }

    private final int minLength;
    private final int maxStrings;
    private final int maxLength;
    private final List<FoundString> found = new ArrayList<>();
    // the ASCII run in progress: its length so far and its first characters when it began in an earlier chunk
    private long asciiLength;
    private final byte[] asciiText;
    private int asciiKept;
    // UTF-16LE runs of the pairs that start at even and at odd offsets
    private final Run[] wide = new Run[2];
    private long position;
    // the last byte of the previous chunk, or -1: the first half of a pair split between chunks
    private int carry = -1;
    private long count;

    public PrintableStrings(int minLength, int maxStrings, int maxLength) {
        if (minLength < 1 || maxStrings < 0 || maxLength < minLength) {
            throw new IllegalArgumentException("minLength ≥ 1, maxStrings ≥ 0, maxLength ≥ minLength");
        }
        this.minLength = minLength;
        this.maxStrings = maxStrings;
        this.maxLength = maxLength;
        this.asciiText = new byte[maxLength];
        this.wide[0] = new Run(FoundString.UTF_16LE);
        this.wide[1] = new Run(FoundString.UTF_16LE);
    }

    @Override
    public void update(byte[] data, int offset, int count) {
        if (count <= 0) {
            return;
        }
        ascii(data, offset, offset + count);
        wide(data, offset, offset + count);
        position += count;
        carry = data[offset + count - 1] & 0xff;
    }

    private void ascii(byte[] data, int from, int stop) {
        int[] printable = PRINTABLE_BIT;
        int min = minLength;
        long run = asciiLength;
        for (int i = from; i < stop; i++) {
            int p = printable[data[i] & 0xff];
            // without a branch on p, which random data would mispredict every other byte
            if (run >= min && p == 0) {
                endAscii(data, from, i, run);
            }
            run = (run + 1) & -(long) p;
        }
        if (run > 0) {
            // the run goes on in the next chunk: keep its first maxLength characters
            long inChunk = Math.min(run, stop - from);
            if (run <= stop - from) {
                // it began in this chunk: whatever the carry held belonged to an earlier, ended run
                asciiKept = 0;
            }
            int copy = (int) Math.min(inChunk, maxLength - asciiKept);
            if (copy > 0) {
                System.arraycopy(data, (int) (stop - inChunk), asciiText, asciiKept, copy);
                asciiKept += copy;
            }
        } else {
            asciiKept = 0;
        }
        asciiLength = run;
    }

    /** A run of {@code run} characters ends before {@code data[end]}; part of it may be in the carry. */
    private void endAscii(byte[] data, int from, int end, long run) {
        long startsAt = position + (end - from) - run;
        if (end - run >= from) {
            emit(startsAt, FoundString.ASCII, run, data, (int) (end - run));
        } else {
            int copy = Math.min(end - from, maxLength - asciiKept);
            System.arraycopy(data, from, asciiText, asciiKept, Math.max(copy, 0));
            emit(startsAt, FoundString.ASCII, run, asciiText, 0);
        }
        asciiKept = 0;
    }

    private void emit(long start, String encoding, long length, byte[] data, int at) {
        count++;
        if (found.size() < maxStrings) {
            found.add(new FoundString(start, encoding, (int) Math.min(length, Integer.MAX_VALUE),
                    new String(data, at, (int) Math.min(length, maxLength), StandardCharsets.ISO_8859_1)));
        }
    }

    private void wide(byte[] data, int from, int stop) {
        if (carry >= 0) {
            // the pair that starts with the previous chunk's last byte
            pair((int) ((position - 1) & 1), carry, data[from] & 0xff, position - 1);
        }
        for (int parity = 0; parity < 2; parity++) {
            Run run = wide[parity];
            int first = from + (int) ((parity - position) & 1);
            for (int j = first; j + 1 < stop; j += 2) {
                if (data[j + 1] == 0 && PRINTABLE[data[j] & 0xff]) {
                    if (run.length == 0) {
                        run.start = position + (j - from);
                    }
                    run.takeOne(data[j] & 0xff);
                } else if (run.length > 0) {
                    run.end();
                }
            }
        }
    }

    private void pair(int parity, int low, int high, long at) {
        Run run = wide[parity];
        if (high == 0 && PRINTABLE[low]) {
            if (run.length == 0) {
                run.start = at;
            }
            run.takeOne(low);
        } else if (run.length > 0) {
            run.end();
        }
    }

    /** Ends the strings still open at the end of the input; call once, after the last update. */
    public void finish() {
        if (asciiLength >= minLength) {
            emit(position - asciiLength, FoundString.ASCII, asciiLength, asciiText, 0);
        }
        asciiLength = 0;
        asciiKept = 0;
        wide[0].end();
        wide[1].end();
    }

    /** The strings kept. */
    public List<FoundString> found() {
        return List.copyOf(found);
    }

    /** All strings found, including those not kept. */
    public long count() {
        return count;
    }

    public int minLength() {
        return minLength;
    }

    /** One run of printable characters in progress; keeps at most maxLength of them. */
    private final class Run {

        private final String encoding;
        private final byte[] text = new byte[maxLength];
        private long start;
        private int length;
        private int kept;

        Run(String encoding) {
            this.encoding = encoding;
        }

        void takeOne(int c) {
            if (kept < maxLength) {
                text[kept++] = (byte) c;
            }
            length = (int) Math.min(Integer.MAX_VALUE, (long) length + 1);
        }

        void end() {
            if (length >= minLength) {
                count++;
                if (found.size() < maxStrings) {
                    found.add(new FoundString(start, encoding, length, new String(text, 0, kept, StandardCharsets.ISO_8859_1)));
                }
            }
            length = 0;
            kept = 0;
        }
    }
}
