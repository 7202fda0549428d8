package org.yagura.analysis;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Streams the members of a zip, tar or gzip file one at a time to a temporary file (never into
 * memory) and analyses each; stops at the member count, the expanded-size budget, the compression
 * ratio (zip bomb), the time limit, and does not go deeper than the nesting limit.
 */
final class ArchiveWalker {

    private static final int COPY = 64 * 1024;
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final FileAnalyzer analyzer;
    private final AnalysisLimits limits;
    private final AnalysisBudget budget;
    private final int depth;
    private final List<String> errors;
    private final List<ArchiveInfo.Member> members = new ArrayList<>();
    private final OfficeMembers office;
    private boolean stopped;

    ArchiveWalker(FileAnalyzer analyzer, AnalysisLimits limits, AnalysisBudget budget, int depth, List<String> errors) {
        this.analyzer = analyzer;
        this.limits = limits;
        this.budget = budget;
        this.depth = depth;
        this.errors = errors;
        this.office = new OfficeMembers(limits);
    }

    ArchiveInfo walk(String format, Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             Counting raw = new Counting(new BufferedInputStream(in, COPY))) {
            switch (format) {
                case "zip" -> zip(raw);
                case "gzip" -> member(gzipMemberName(name), new GZIPInputStream(raw, COPY), raw, 0);
                case "tar" -> tar(raw);
                default -> throw new IllegalArgumentException(format);
            }
        } catch (IOException | RuntimeException e) {
            errors.add("archive: " + format + " unreadable after " + members.size() + " members: " + e.getMessage());
            stopped = true;
        }
        return new ArchiveInfo(format, members, !stopped);
    }

    /** What the members say about an Office or OpenDocument file, or null for a plain archive. */
    @Nullable DocumentInfo document() {
        return office.document();
    }

    private void zip(Counting raw) throws IOException {
        ZipInputStream zip = new ZipInputStream(raw);
        // test stopped before getNextEntry: that call inflates the rest of the current entry (a bomb's)
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = stopped ? null : zip.getNextEntry()) {
            office.name(entry.getName());
            if (!entry.isDirectory()) {
                member(entry.getName(), zip, raw, raw.count());
            }
        }
    }

    private void tar(Counting raw) throws IOException {
        TarReader tar = new TarReader(raw);
        for (TarReader.Entry entry = tar.next(); entry != null; entry = stopped ? null : tar.next()) {
            char type = entry.type();
            if (type == '0' || type == '\0' || type == '7') {
                member(entry.name(), tar.content(), raw, raw.count());
            } else if (type != '5' && members.size() < limits.maxListed()) {
                members.add(new ArchiveInfo.Member(entry.name(), -1, null, "tar entry of type " + type));
            }
        }
    }

    private void member(String path, InputStream content, Counting raw, long rawStart) throws IOException {
        String skipped = null;
        if (budget.timedOut()) {
            skipped = "time limit of " + limits.timeLimit().toSeconds() + " s reached";
        } else if (members.size() >= limits.maxListed() || !budget.takeMember()) {
            skipped = "member limit reached";
        }
        if (skipped != null) {
            errors.add("archive: stopped at " + path + ": " + skipped);
            stopped = true;
            return;
        }
        Path spool = Files.createTempFile("yagura-member-", ".bin");
        try {
            long size = spool(path, content, raw, rawStart, spool);
            if (size < 0) {
                members.add(new ArchiveInfo.Member(path, -1, null, "not expanded: limit reached"));
                return;
            }
            office.content(path, spool);
            members.add(new ArchiveInfo.Member(path, size, analyzer.analyze(spool, path, depth + 1, budget), null));
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Copies the member to the spool file; -1 when a limit stopped it (and the walk). */
    private long spool(String path, InputStream content, Counting raw, long rawStart, Path spool) throws IOException {
        byte[] buffer = new byte[COPY];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(spool)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                written += n;
                long consumed = Math.max(1, raw.count() - rawStart);
                if (written > budget.expandedLeft()) {
                    errors.add("archive: " + path + ": expanded size limit of " + limits.maxExpandedBytes() + " bytes reached");
                    stopped = true;
                    return -1;
                }
                if (written > RATIO_FLOOR && written / consumed > limits.maxCompressionRatio()) {
                    errors.add("archive: " + path + " expands more than " + limits.maxCompressionRatio()
                            + ":1 (a zip bomb?); expansion stopped");
                    stopped = true;
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        budget.expanded(written);
        return written;
    }

    private static String gzipMemberName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name + ".content";
    }

    /** Counts the compressed bytes read, for the compression ratio. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
