package org.yagura.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A reproducible corpus of several hundred files for the oracle tests: random bytes at and around the
 * algorithms' thresholds, English and Japanese text, repeated patterns and short cycles, small alphabets,
 * zero tails and near-duplicates (in {@code near/}) made by small edits of a few base files.
 */
final class AnalysisCorpus {

    static final int[] EDGE_SIZES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 49, 50, 51, 63, 64, 65, 100, 191, 192, 193,
        255, 256, 257, 300, 511, 512, 1000, 4095, 4096, 4097, 8191, 10_000, 65_535, 65_536, 65_537, 100_000,
        262_143, 262_144, 262_145, 1_000_000, 3_000_001, 4_194_304};

    private static final String[] WORDS = ("incident report malware sample phishing domain address server "
            + "analyst ticket evidence hash network traffic alert response containment recovery the a of "
            + "to and in is was for on with by from that this vulnerability advisory patch").split(" ");
    private static final String[] JAPANESE = ("インシデント 報告 マルウェア 検体 フィッシング 解析 対応 封じ込め 復旧 "
            + "脆弱性 注意喚起 の は を に が と で した する されました 確認 連絡").split(" ");

    private final Random random = new Random(20260525);
    private final List<Path> files = new ArrayList<>();
    private final Path dir;

    private AnalysisCorpus(Path dir) {
        this.dir = dir;
    }

    /** Writes the corpus under {@code dir} and returns every file in it. */
    static List<Path> write(Path dir) throws IOException {
        AnalysisCorpus corpus = new AnalysisCorpus(dir);
        Files.createDirectories(dir.resolve("near"));
        corpus.generate();
        return List.copyOf(corpus.files);
    }

    private void generate() throws IOException {
        for (int size : EDGE_SIZES) {
            save("random-" + size, randomBytes(size));
        }
        for (int i = 0; i < 120; i++) {
            save("random-any-" + i, randomBytes((int) Math.exp(random.nextDouble() * Math.log(400_000))));
        }
        for (int i = 0; i < 30; i++) {
            save("english-" + i + ".txt", text(WORDS, " ", 20 + random.nextInt(120_000)));
        }
        for (int i = 0; i < 20; i++) {
            save("japanese-" + i + ".txt", text(JAPANESE, "", 20 + random.nextInt(120_000)));
        }
        for (int size : new int[] {7, 100, 255, 256, 300, 5_000, 70_000, 1_000_000}) {
            save("zeros-" + size, new byte[size]);
            save("ab-" + size, repeat("ab\n".getBytes(StandardCharsets.US_ASCII), size));
            save("cycle11-" + size, repeat("abcdefghij\n".getBytes(StandardCharsets.US_ASCII), size));
            save("block-" + size, repeat(randomBytes(100), size));
        }
        for (int symbols : new int[] {2, 3, 4, 6, 8, 12, 16, 32}) {
            for (int size : new int[] {300, 2_000, 40_000}) {
                save("alphabet" + symbols + "-" + size, smallAlphabet(symbols, size));
            }
        }
        for (int period = 14; period <= 40; period++) {
            // short cycles fill about half of TLSH's buckets: around the tool's "too uniform" limit
            save("cycle-random-" + period, repeat(randomBytes(period), 3_000));
        }
        for (int i = 0; i < 12; i++) {
            byte[] body = randomBytes(1_000 + random.nextInt(300_000));
            Arrays.fill(body, body.length - 7 - random.nextInt(50), body.length, (byte) 0);
            save("zero-tail-" + i, body);
        }
        nearDuplicates();
    }

    private void nearDuplicates() throws IOException {
        for (int i = 0; i < 14; i++) {
            // the last bases are small: ssdeep caps the scores of small block sizes
            int size = i < 10 ? 2_000 + random.nextInt(400_000) : 40 + random.nextInt(200);
            byte[] base = i % 2 == 0 ? randomBytes(size) : text(WORDS, " ", size);
            String name = "near/base" + i;
            save(name, base);
            save(name + "-flip1", flip(base, 1));
            save(name + "-flip5", flip(base, 5));
            save(name + "-flip50", flip(base, 50));
            save(name + "-insert", insert(base, randomBytes(10)));
            save(name + "-cut", Arrays.copyOf(base, base.length * 9 / 10));
            save(name + "-append", concat(base, randomBytes(1_000)));
        }
    }

    private void save(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        files.add(file);
    }

    byte[] randomBytes(int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return data;
    }

    private byte[] text(String[] words, String separator, int size) {
        StringBuilder text = new StringBuilder(size + 32);
        while (text.length() < size) {
            text.append(words[random.nextInt(words.length)]).append(separator);
            if (random.nextInt(12) == 0) {
                text.append(separator.isEmpty() ? "。\n" : ".\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(byte[] unit, int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = unit[i % unit.length];
        }
        return data;
    }

    private byte[] smallAlphabet(int symbols, int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) ('A' + random.nextInt(symbols));
        }
        return data;
    }

    private byte[] flip(byte[] base, int count) {
        byte[] data = base.clone();
        for (int i = 0; i < count; i++) {
            data[random.nextInt(data.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return data;
    }

    private byte[] insert(byte[] base, byte[] extra) {
        int at = random.nextInt(base.length);
        byte[] data = new byte[base.length + extra.length];
        System.arraycopy(base, 0, data, 0, at);
        System.arraycopy(extra, 0, data, at, extra.length);
        System.arraycopy(base, at, data, at + extra.length, base.length - at);
        return data;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] data = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, data, a.length, b.length);
        return data;
    }
}
