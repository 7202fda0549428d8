package org.yagura.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one read of a file tells: its size, cryptographic hashes (lower-case hex), fuzzy hashes
 * ({@code ssdeep} as {@code blocksize:hash1:hash2}, {@code tlsh} with the {@code T1} prefix, null when
 * the input is too small or too uniform), Shannon entropy in bits per byte and the entropy of
 * consecutive blocks of {@code entropyBlockSize} bytes.
 */
public record FileProfile(long size, String md5, String sha1, String sha256, String sha512,
        @Nullable String ssdeep, @Nullable String tlsh, double entropy, List<Double> blockEntropy,
        long entropyBlockSize) {

    public FileProfile {
        blockEntropy = List.copyOf(blockEntropy);
    }
}
