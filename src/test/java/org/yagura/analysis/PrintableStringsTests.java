package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintableStringsTests {

    @Test
    void findsAsciiAndUtf16StringsWithTheirOffsets() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(new byte[] {0, 1, 2});
        data.writeBytes("http://example.org/a".getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(new byte[] {0, (byte) 0xff});
        data.write(7);
        data.writeBytes("cmd.exe /c".getBytes(StandardCharsets.UTF_16LE));
        data.writeBytes(new byte[] {0, 0, 'a', 'b', 0});

        List<FoundString> found = extract(data.toByteArray(), 4, data.size());

        assertThat(found).containsExactlyInAnyOrder(
                new FoundString(3, FoundString.ASCII, 20, "http://example.org/a"),
                new FoundString(26, FoundString.UTF_16LE, 10, "cmd.exe /c"));
    }

    @Test
    void givesTheSameStringsWhateverTheChunkBoundaries() {
        byte[] data = ("\u0001\u0002first string here\u0000" + "ok\u0000" + "tail at the end")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] wide = "wide string".getBytes(StandardCharsets.UTF_16LE);
        // two NULs: one would make "d\0" the first UTF-16LE character of the wide string
        byte[] all = new byte[data.length + 2 + wide.length];
        System.arraycopy(data, 0, all, 0, data.length);
        System.arraycopy(wide, 0, all, data.length + 2, wide.length);

        List<FoundString> whole = extract(all, 4, all.length);
        for (int chunk = 1; chunk <= 7; chunk++) {
            assertThat(extract(all, 4, chunk)).as("chunks of %d bytes", chunk).isEqualTo(whole);
        }
        assertThat(whole).extracting(FoundString::value)
                .containsExactly("first string here", "tail at the end", "wide string");
        assertThat(whole.get(2).offset()).isEqualTo(data.length + 2);
    }

    @Test
    void honoursTheMinimumLength() {
        byte[] data = "ab\u0000abc\u0000abcd\u0000abcdefgh".getBytes(StandardCharsets.US_ASCII);
        assertThat(extract(data, 3, data.length)).extracting(FoundString::value).containsExactly("abc", "abcd", "abcdefgh");
        assertThat(extract(data, 6, data.length)).extracting(FoundString::value).containsExactly("abcdefgh");
    }

    @Test
    void keepsABoundedNumberOfStringsEachCutAtTheMaximumLengthButCountsThemAll() {
        byte[] data = ("x".repeat(5_000) + "\u0000" + "short one\u0000".repeat(100)).getBytes(StandardCharsets.US_ASCII);
        PrintableStrings strings = new PrintableStrings(4, 10, 100);
        strings.update(data, 0, data.length);
        strings.finish();

        assertThat(strings.count()).isEqualTo(101);
        assertThat(strings.found()).hasSize(10);
        assertThat(strings.found().get(0).length()).isEqualTo(5_000);
        assertThat(strings.found().get(0).value()).hasSize(100);
    }

    @Test
    void agreesWithAByteByByteReferenceOnRandomMixedDataInRandomChunks() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 30; round++) {
            byte[] data = new byte[20_000];
            random.nextBytes(data);
            for (int k = 0; k < 40; k++) {
                byte[] word = ("word" + "x".repeat(random.nextInt(1_200))).getBytes(StandardCharsets.US_ASCII);
                byte[] insert = random.nextBoolean() ? word : new String(word, StandardCharsets.US_ASCII).getBytes(StandardCharsets.UTF_16LE);
                int at = random.nextInt(data.length - insert.length);
                System.arraycopy(insert, 0, data, at, insert.length);
            }
            int chunk = 1 + random.nextInt(5_000);
            assertThat(extract(data, 4, chunk)).as("round %d, chunks of %d", round, chunk).isEqualTo(reference(data, 4, 1000));
        }
    }

    /** One character at a time, the obvious way. */
    private static List<FoundString> reference(byte[] data, int min, int max) {
        List<FoundString> out = new java.util.ArrayList<>();
        for (int width = 1; width <= 2; width++) {
            for (int parity = 0; parity < width; parity++) {
                int start = -1;
                for (int i = parity; i <= data.length; i += width) {
                    boolean printable = i + width <= data.length && ((data[i] >= 0x20 && data[i] < 0x7f) || data[i] == '\t')
                            && (width == 1 || data[i + 1] == 0);
                    if (printable && start < 0) {
                        start = i;
                    } else if (!printable && start >= 0) {
                        int length = (i - start) / width;
                        if (length >= min) {
                            StringBuilder value = new StringBuilder();
                            for (int j = start; j < start + Math.min(length, max) * width; j += width) {
                                value.append((char) data[j]);
                            }
                            out.add(new FoundString(start, width == 1 ? FoundString.ASCII : FoundString.UTF_16LE, length, value.toString()));
                        }
                        start = -1;
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(FoundString::offset).thenComparing(FoundString::encoding));
        return out;
    }

    private static List<FoundString> extract(byte[] data, int min, int chunk) {
        PrintableStrings strings = new PrintableStrings(min, 1000, 1000);
        for (int i = 0; i < data.length; i += chunk) {
            strings.update(data, i, Math.min(chunk, data.length - i));
        }
        strings.finish();
        return strings.found().stream()
                .sorted(java.util.Comparator.comparingLong(FoundString::offset).thenComparing(FoundString::encoding)).toList();
    }
}
