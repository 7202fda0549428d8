package org.yagura.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The members of an archive ({@code zip}, {@code tar} or {@code gzip}) in order, each with its own
 * analysis while the limits allow. {@code complete} is false when a limit or an error stopped the
 * listing early; the reason is in the file's errors.
 */
public record ArchiveInfo(String format, List<Member> members, boolean complete) {

    public ArchiveInfo {
        members = List.copyOf(members);
    }

    /**
     * One member: its path inside the archive, its expanded size (-1 when it was not expanded), and
     * its analysis, or why it was not analysed.
     */
    public record Member(String path, long size, @Nullable FileAnalysis analysis, @Nullable String skipped) {
    }
}
