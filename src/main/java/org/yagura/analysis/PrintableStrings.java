package org.yagura.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Printable strings of at least {@code minLength} characters, ASCII and UTF-16LE (either byte
 * alignment), found while the file streams past, as {@code strings -a} and {@code strings -el} would.
 * Printable means the bytes 0x20–0x7e and tab. It keeps the first {@code maxStrings} strings, each cut
 * at {@code maxLength} characters, and counts all of them; memory stays bounded whatever the input.
 */
public final class PrintableStrings implements ByteSink {

    private static final boolean[] PRINTABLE = new boolean[256];

    static {
        for (int c = 0x20; c < 0x7f; c++) {
            PRINTABLE[c] = true;
        }
        PRINTABLE['\t'] = true;
    }

    private final int minLength;
    private final int maxStrings;
    private final int maxLength;
    private final List<FoundString> found = new ArrayList<>();
    private final Run ascii;
    // UTF-16LE runs of pairs starting at even and at odd offsets
    private final Run[] wide = new Run[2];
    private long position;
    private int previous = -1;
    private long count;

    public PrintableStrings(int minLength, int maxStrings, int maxLength) {
        if (minLength < 1 || maxStrings < 0 || maxLength < minLength) {
            throw new IllegalArgumentException("minLength ≥ 1, maxStrings ≥ 0, maxLength ≥ minLength");
        }
        this.minLength = minLength;
        this.maxStrings = maxStrings;
        this.maxLength = maxLength;
        this.ascii = new Run(FoundString.ASCII);
        this.wide[0] = new Run(FoundString.UTF_16LE);
        this.wide[1] = new Run(FoundString.UTF_16LE);
    }

    @Override
    public void update(byte[] data, int offset, int count) {
        long pos = position;
        int prev = previous;
        for (int i = offset, stop = offset + count; i < stop; i++, pos++) {
            int c = data[i] & 0xff;
            if (PRINTABLE[c]) {
                ascii.add(c, pos);
            } else if (ascii.length > 0) {
                ascii.end();
            }
            if (prev >= 0) {
                // the pair (previous, c) starts at pos - 1
                Run run = wide[(int) ((pos - 1) & 1)];
                if (c == 0 && PRINTABLE[prev]) {
                    run.add(prev, pos - 1);
                } else if (run.length > 0) {
                    run.end();
                }
            }
            prev = c;
        }
        position = pos;
        previous = prev;
    }

    /** Ends the strings still open at the end of the input; call once, after the last update. */
    public void finish() {
        ascii.end();
        wide[0].end();
        wide[1].end();
    }

    /** The strings kept, in the order their ends were found. */
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

    /** One run of printable characters in progress. */
    private final class Run {

        private final String encoding;
        private final StringBuilder text = new StringBuilder();
        private long start;
        private int length;

        Run(String encoding) {
            this.encoding = encoding;
        }

        void add(int c, long at) {
            if (length == 0) {
                start = at;
                text.setLength(0);
            }
            if (length < maxLength) {
                text.append((char) c);
            }
            if (length < Integer.MAX_VALUE) {
                length++;
            }
        }

        void end() {
            if (length >= minLength) {
                count++;
                if (found.size() < maxStrings) {
                    found.add(new FoundString(start, encoding, length, text.toString()));
                }
            }
            length = 0;
        }
    }
}
