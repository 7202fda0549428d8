package org.yagura.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * Looks for the PDF names that mark active content while the file streams past: {@code /JavaScript},
 * {@code /JS}, {@code /OpenAction}, {@code /AA}, {@code /Launch}, {@code /EmbeddedFile(s)} and a few
 * more, with {@code #xx} escapes decoded (so {@code /J#61vaScript} counts). Streams that start with a
 * zlib header (FlateDecode, including object streams that hide dictionaries) are inflated on the fly,
 * up to {@code maxInflated} bytes for the whole file, and scanned for the same names.
 */
final class PdfScanner implements ByteSink {

    private static final byte[] STREAM = {'s', 't', 'r', 'e', 'a', 'm'};

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> inflatedCounts = new TreeMap<>();
    private final PdfNames names = new PdfNames(counts);
    private final byte[] output = new byte[16 * 1024];
    private final long maxInflated;
    private long inflated;
    private int matched;
    // after "stream": 0 = not in a stream, 1 = end of line expected, 2 and 3 = zlib header bytes
    private int state;
    private int firstHeaderByte;
    private @Nullable Inflater inflater;
    private @Nullable PdfNames inner;
    private int lastRemaining;

    PdfScanner(long maxInflated) {
        this.maxInflated = maxInflated;
    }

    @Override
    public void update(byte[] data, int offset, int count) {
        names.update(data, offset, count);
        int stop = offset + count;
        for (int i = offset; i < stop; i++) {
            if (inflater != null) {
                i = inflate(data, i, stop) - 1;
                continue;
            }
            int c = data[i] & 0xff;
            switch (state) {
                case 1 -> state = c == '\r' ? 1 : c == '\n' ? 2 : 0;
                case 2 -> {
                    firstHeaderByte = c;
                    state = 3;
                }
                case 3 -> {
                    state = 0;
                    if ((firstHeaderByte & 0x0f) == 8 && (firstHeaderByte * 256 + c) % 31 == 0 && inflated < maxInflated) {
                        inflater = new Inflater();
                        inner = new PdfNames(inflatedCounts);
                        inflater.setInput(new byte[] {(byte) firstHeaderByte, (byte) c});
                        drain();
                    }
                }
                default -> {
                    matched = c == STREAM[matched] ? matched + 1 : c == 's' ? 1 : 0;
                    if (matched == STREAM.length) {
                        matched = 0;
                        state = 1;
                    }
                }
            }
        }
    }

    /** Feeds the inflater the bytes from {@code from} to {@code stop}; returns where the compressed stream ended, or stop. */
    private int inflate(byte[] data, int from, int stop) {
        inflater.setInput(data, from, stop - from);
        drain();
        return inflater == null ? stop - lastRemaining : stop;
    }

    private void drain() {
        try {
            while (true) {
                int n = inflater.inflate(output, 0, (int) Math.min(output.length, maxInflated - inflated));
                if (n > 0) {
                    inner.update(output, 0, n);
                    inflated += n;
                }
                if (inflater.finished() || inflater.needsDictionary() || inflated >= maxInflated) {
                    close();
                    return;
                }
                if (n == 0) {
                    // waiting for the next chunk, or stuck: never spin
                    if (!inflater.needsInput()) {
                        close();
                    }
                    return;
                }
            }
        } catch (DataFormatException e) {
            close();
        }
    }

    private void close() {
        lastRemaining = inflater.getRemaining();
        inner.end();
        inflater.end();
        inflater = null;
        inner = null;
    }

    /** The findings so far; call after the last chunk. */
    DocumentInfo document() {
        names.end();
        if (inflater != null) {
            close();
        }
        Map<String, Integer> all = new TreeMap<>(counts);
        inflatedCounts.forEach((name, n) -> all.merge(name, n, Integer::sum));
        boolean javaScript = all.containsKey("/JavaScript") || all.containsKey("/JS");
        boolean auto = all.containsKey("/OpenAction") || all.containsKey("/AA");
        boolean embedded = all.containsKey("/EmbeddedFile") || all.containsKey("/EmbeddedFiles");
        List<String> evidence = new ArrayList<>();
        counts.forEach((name, n) -> evidence.add(name + " ×" + n));
        inflatedCounts.forEach((name, n) -> evidence.add(name + " ×" + n + " in compressed streams"));
        return new DocumentInfo("pdf", javaScript, auto, all.containsKey("/Launch"), embedded, false, List.of(), evidence);
    }
}
