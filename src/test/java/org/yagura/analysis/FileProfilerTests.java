package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileProfilerTests {

    private final FileProfiler profiler = new FileProfiler();

    @Test
    void computesEveryHashAsTheSeparateAlgorithmsDoAroundTheChunkBoundary() throws Exception {
        int chunk = FileProfiler.CHUNK_SIZE;
        for (int size : new int[] {0, 1, 300, chunk - 1, chunk, chunk + 1, 3 * chunk + 5}) {
            byte[] data = new byte[size];
            new Random(size).nextBytes(data);
            FileProfile profile = profiler.profile(new ByteArrayInputStream(data));

            assertThat(profile.size()).isEqualTo(size);
            assertThat(profile.md5()).isEqualTo(hex("MD5", data));
            assertThat(profile.sha1()).isEqualTo(hex("SHA-1", data));
            assertThat(profile.sha256()).isEqualTo(hex("SHA-256", data));
            assertThat(profile.sha512()).isEqualTo(hex("SHA-512", data));
            assertThat(profile.ssdeep()).isEqualTo(Ssdeep.of(data));
            assertThat(profile.tlsh()).isEqualTo(Tlsh.of(data));
            Entropy entropy = new Entropy();
            entropy.update(data, 0, size);
            assertThat(profile.entropy()).isEqualTo(entropy.total());
            assertThat(profile.blockEntropy()).isEqualTo(entropy.profile());
        }
    }

    @Test
    void aDeclaredSizeGivesTheSameProfile() throws Exception {
        int chunk = FileProfiler.CHUNK_SIZE;
        for (int size : new int[] {0, 300, chunk, 5 * chunk + 17}) {
            byte[] data = new byte[size];
            new Random(size + 1).nextBytes(data);
            assertThat(profiler.profile(new ByteArrayInputStream(data), size, List.of()))
                    .isEqualTo(profiler.profile(new ByteArrayInputStream(data)));
        }
    }

    @Test
    void refusesAStreamThatIsNotTheDeclaredSize() {
        int chunk = FileProfiler.CHUNK_SIZE;
        for (int declared : new int[] {10, chunk, 3 * chunk}) {
            byte[] longer = new byte[declared + 1];
            assertThatIOException()
                    .isThrownBy(() -> profiler.profile(new ByteArrayInputStream(longer), declared, List.of()))
                    .withMessageContaining("changed while it was read");
            byte[] shorter = new byte[declared - 1];
            assertThatIOException()
                    .isThrownBy(() -> profiler.profile(new ByteArrayInputStream(shorter), declared, List.of()))
                    .withMessageContaining("changed while it was read");
        }
    }

    @Test
    void profilesAnEmptyStream() throws Exception {
        FileProfile profile = profiler.profile(InputStream.nullInputStream());
        assertThat(profile.size()).isZero();
        assertThat(profile.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(profile.ssdeep()).isEqualTo("3::");
        assertThat(profile.tlsh()).isNull();
        assertThat(profile.entropy()).isZero();
        assertThat(profile.blockEntropy()).isEmpty();
    }

    @Test
    void profilesA300MegabyteStreamWithoutHoldingIt() throws Exception {
        long size = 300L * 1024 * 1024;
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        FileProfile profile = profiler.profile(new GeneratedStream(size));

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(profile.size()).isEqualTo(size);
        assertThat(profile.entropy()).isGreaterThan(7.99);
        assertThat(profile.blockEntropy()).hasSizeLessThanOrEqualTo(Entropy.MAX_BLOCKS);
        assertThat(profile.ssdeep()).startsWith("6291456:");
        assertThat(profile.tlsh()).isNotNull();
        assertThat(allocated).as("bytes allocated while profiling").isLessThan(16L * 1024 * 1024);
    }

    private static String hex(String algorithm, byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    }

    /** Pseudo-random bytes (xorshift) made on demand, never stored. */
    private static final class GeneratedStream extends InputStream {

        private long remaining;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            long x = state;
            for (int i = 0; i < n; i++) {
                if ((i & 7) == 0) {
                    x ^= x << 13;
                    x ^= x >>> 7;
                    x ^= x << 17;
                }
                buffer[offset + i] = (byte) (x >>> ((i & 7) << 3));
            }
            state = x;
            remaining -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            remaining = 0;
        }
    }
}
