package org.yagura.artifacts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis engine found in an artifact: hashes, fuzzy hashes, entropy and the type by
 * content (with whether the file name's extension says otherwise). Stored as JSON.
 */
public record AnalysisResult(long size, String md5, String sha1, String sha256, String sha512,
        @Nullable String ssdeep, @Nullable String tlsh, double entropy, long entropyBlockSize,
        List<Double> blockEntropy, String mimeType, boolean extensionMismatch) {

    public AnalysisResult {
        blockEntropy = List.copyOf(blockEntropy);
    }
}
