package org.yagura.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a stream once, in fixed-size chunks, and computes MD5, SHA-1, SHA-256, SHA-512, ssdeep, TLSH
 * and entropy from the same bytes, and hands those bytes to any further {@link ByteSink}s. Inputs
 * longer than one chunk are hashed on two threads, each chunk
 * by two groups of hashes of about equal cost; memory stays at one chunk plus the hash states,
 * whatever the input size.
 */
public final class FileProfiler {

    static final int CHUNK_SIZE = 256 * 1024;

    // hashing threads, kept between files; daemon threads, so they never hold the JVM up
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "yagura-profiler");
        thread.setDaemon(true);
        return thread;
    });

    /** Profiles a file. */
    public FileProfile profile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return profile(in, Files.size(file), List.of());
        }
    }

    /** Profiles everything the stream still holds; the caller closes it. */
    public FileProfile profile(InputStream in) throws IOException {
        return profile(in, -1, List.of());
    }

    /**
     * Profiles everything the stream still holds and feeds the same bytes, in the same read, to
     * {@code sinks} (strings, format scanners); the caller closes the stream. {@code size} is the
     * number of bytes the stream holds, or -1 when unknown; given, it spares ssdeep the block sizes
     * that cannot be chosen, and a stream of any other length fails with an {@link IOException}.
     */
    public FileProfile profile(InputStream in, long size, List<? extends ByteSink> sinks) throws IOException {
        Hashes hashes = new Hashes(size, sinks);
        // a small input of known size gets a buffer of its size (and one byte to see that it ends there)
        byte[] chunk = new byte[size >= 0 && size < CHUNK_SIZE ? (int) size + 1 : CHUNK_SIZE];
        int n = in.readNBytes(chunk, 0, chunk.length);
        hashes.admit(n);
        if (n < CHUNK_SIZE) {
            hashes.updateFirstGroup(chunk, n);
            hashes.updateSecondGroup(chunk, n);
            return hashes.profile();
        }
        // two buffers: the next chunk is read while the helper still hashes the current one
        byte[] next = new byte[CHUNK_SIZE];
        while (n > 0) {
            byte[] current = chunk;
            int filled = n;
            Future<?> second = HELPERS.submit(() -> hashes.updateSecondGroup(current, filled));
            try {
                hashes.updateFirstGroup(current, filled);
                n = in.readNBytes(next, 0, next.length);
            } finally {
                await(second);
            }
            hashes.admit(n);
            chunk = next;
            next = current;
        }
        return hashes.profile();
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing failed", e.getCause());
        }
    }

    /** The hash states, split into two groups of about equal cost (measured on random data). */
    private static final class Hashes {

        private final MessageDigest md5 = digest("MD5");
        private final MessageDigest sha1 = digest("SHA-1");
        private final MessageDigest sha256 = digest("SHA-256");
        private final MessageDigest sha512 = digest("SHA-512");
        private final Ssdeep ssdeep;
        private final Tlsh tlsh = new Tlsh();
        private final Entropy entropy = new Entropy();
        private final List<? extends ByteSink> sinks;
        // entropy joins the lighter group: the first without sinks, the second with them
        private final boolean entropyFirst;
        private final long declaredSize;
        private long size;

        Hashes(long declaredSize, List<? extends ByteSink> sinks) {
            this.declaredSize = declaredSize;
            this.ssdeep = new Ssdeep(declaredSize);
            this.sinks = List.copyOf(sinks);
            this.entropyFirst = sinks.isEmpty();
        }

        /** Refuses more bytes than the declared size, before either group sees them. */
        void admit(int n) throws IOException {
            if (declaredSize >= 0 && size + n > declaredSize) {
                throw new IOException("the input is longer than " + declaredSize + " bytes: it changed while it was read");
            }
        }

        void updateFirstGroup(byte[] chunk, int n) {
            md5.update(chunk, 0, n);
            tlsh.update(chunk, 0, n);
            if (entropyFirst) {
                entropy.update(chunk, 0, n);
            }
            for (ByteSink sink : sinks) {
                sink.update(chunk, 0, n);
            }
            size += n;
        }

        void updateSecondGroup(byte[] chunk, int n) {
            sha1.update(chunk, 0, n);
            sha256.update(chunk, 0, n);
            sha512.update(chunk, 0, n);
            ssdeep.update(chunk, 0, n);
            if (!entropyFirst) {
                entropy.update(chunk, 0, n);
            }
        }

        FileProfile profile() throws IOException {
            if (declaredSize >= 0 && size != declaredSize) {
                throw new IOException("the input has " + size + " bytes, not " + declaredSize + ": it changed while it was read");
            }
            HexFormat hex = HexFormat.of();
            return new FileProfile(size, hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()),
                    hex.formatHex(sha256.digest()), hex.formatHex(sha512.digest()), ssdeep.digest(),
                    tlsh.digest(), entropy.total(), entropy.profile(), entropy.blockSize());
        }

        private static MessageDigest digest(String algorithm) {
            try {
                return MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime provides " + algorithm, e);
            }
        }
    }
}
