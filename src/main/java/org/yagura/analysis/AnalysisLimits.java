package org.yagura.analysis;

import java.time.Duration;

/**
 * The bounds every parser works within, so that a hostile file costs at most this much: strings
 * kept, entries listed, bytes expanded from archives, nesting depth, and the time one analysis may take
 * before it stops looking at more members.
 *
 * @param minStringLength shortest printable string reported
 * @param maxStrings strings kept of the file, and as many again for all its archive members together (all are counted)
 * @param maxStringLength characters kept of one string
 * @param maxListed entries listed per table (sections, imports per DLL, exports, symbols, members)
 * @param maxArchiveDepth archives inside archives analysed down to this depth (1: members of the file itself)
 * @param maxArchiveMembers members looked at across all nested archives of one file
 * @param maxExpandedBytes bytes expanded from all archives of one file together
 * @param maxCompressionRatio expanded : compressed ratio above which expansion stops (zip bomb)
 * @param maxScannedBytes bytes of a section, stream or table a parser reads for one purpose
 * @param timeLimit time after which no further member of an archive is analysed
 */
public record AnalysisLimits(int minStringLength, int maxStrings, int maxStringLength, int maxListed,
        int maxArchiveDepth, int maxArchiveMembers, long maxExpandedBytes, int maxCompressionRatio,
        long maxScannedBytes, Duration timeLimit) {

    /** Limits for interactive use and analysis jobs. */
    public static AnalysisLimits defaults() {
        return new AnalysisLimits(4, 10_000, 1_024, 1_000, 3, 1_000, 512L * 1024 * 1024, 100,
                64L * 1024 * 1024, Duration.ofSeconds(60));
    }

    public AnalysisLimits withMinStringLength(int length) {
        return new AnalysisLimits(length, maxStrings, Math.max(length, maxStringLength), maxListed,
                maxArchiveDepth, maxArchiveMembers, maxExpandedBytes, maxCompressionRatio, maxScannedBytes, timeLimit);
    }

    public AnalysisLimits withArchiveLimits(int depth, int members, long expandedBytes, int ratio) {
        return new AnalysisLimits(minStringLength, maxStrings, maxStringLength, maxListed, depth, members,
                expandedBytes, ratio, maxScannedBytes, timeLimit);
    }
}
