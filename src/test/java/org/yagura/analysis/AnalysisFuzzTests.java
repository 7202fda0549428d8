package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid samples of every format (bit flips, truncations, random insertions, header fields
 * overwritten with extreme values; seeded, so a failure can be replayed) and checks that the analyzer
 * always returns a result, quickly and without allocating much, whatever it is given.
 */
class AnalysisFuzzTests {

    private static final int ITERATIONS = 2_000;
    private static final long SECONDS_PER_FILE = 3;
    private static final long MAX_ALLOCATED = 256L * 1024 * 1024;
    private static final int[] EXTREMES = {0, -1, 0x7fffffff, 0x80000000, 0xffff, 0x10000, 1};

    @TempDir
    Path dir;

    @Test
    void alwaysReturnsAResultWithinTheTimeBoundForMutatedSamples() throws Exception {
        List<byte[]> samples = samples();
        Random random = new Random(20261125);
        FileAnalyzer analyzer = new FileAnalyzer();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path file = dir.resolve("mutant");
        int withErrors = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] mutant = mutate(samples.get(i % samples.size()), random);
            Files.write(file, mutant);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();

            FileAnalysis analysis = analyzer.analyze(file);

            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            String context = "iteration " + i + " (sample " + i % samples.size() + ", " + mutant.length + " bytes)";
            assertThat(analysis.profile().size()).as(context).isEqualTo(mutant.length);
            assertThat(seconds).as(context + ": seconds").isLessThan(SECONDS_PER_FILE);
            assertThat(allocated).as(context + ": bytes allocated").isLessThan(MAX_ALLOCATED);
            assertThat(AnalysisJson.of("mutant", analysis)).as(context).startsWith("{\"file\":\"mutant\"");
            withErrors += analysis.errors().isEmpty() ? 0 : 1;
        }
        // the mutations must reach the parsers, not just the hashes
        assertThat(withErrors).as("analyses that named an error").isGreaterThan(ITERATIONS / 10);
    }

    private static byte[] mutate(byte[] sample, Random random) {
        byte[] data = sample.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(16), k = 0; k < flips; k++) {
                    int at = random.nextInt(data.length);
                    data[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> data = java.util.Arrays.copyOf(data, random.nextInt(data.length + 1));
            case 2 -> {
                byte[] extra = new byte[1 + random.nextInt(64)];
                random.nextBytes(extra);
                int at = random.nextInt(data.length + 1);
                byte[] longer = new byte[data.length + extra.length];
                System.arraycopy(data, 0, longer, 0, at);
                System.arraycopy(extra, 0, longer, at, extra.length);
                System.arraycopy(data, at, longer, at + extra.length, data.length - at);
                data = longer;
            }
            default -> {
                // headers live near the start: overwrite a 32-bit field there with an extreme value
                int at = random.nextInt(Math.max(1, Math.min(data.length, 1024) - 4));
                int value = EXTREMES[random.nextInt(EXTREMES.length)];
                for (int b = 0; b < 4 && at + b < data.length; b++) {
                    data[at + b] = (byte) (value >>> (8 * b));
                }
            }
        }
        return data;
    }

    private static List<byte[]> samples() {
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("notes.txt", AnalysisSamples.utf8("see https://example.org/ and 192.0.2.1\n"));
        zipped.put("tool.exe", AnalysisSamples.minimalPe());
        Map<String, byte[]> tarred = new LinkedHashMap<>();
        tarred.put("a/prog", AnalysisSamples.resource("hello.elf"));
        tarred.put("a/doc.pdf", AnalysisSamples.pdfWithOpenActionJavaScript());
        return List.of(AnalysisSamples.resource("hello.exe"), AnalysisSamples.minimalPe(),
                AnalysisSamples.resource("hello.elf"), AnalysisSamples.zip(zipped),
                AnalysisSamples.gzip(AnalysisSamples.tar(tarred)), AnalysisSamples.tar(tarred),
                AnalysisSamples.docmWithRemoteTemplate(), AnalysisSamples.oleWithVbaStorage(),
                AnalysisSamples.pdfWithOpenActionJavaScript(), AnalysisSamples.pdfWithObjectStream());
    }
}
