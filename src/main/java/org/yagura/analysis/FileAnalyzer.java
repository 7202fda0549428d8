package org.yagura.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's front door: one read of a file for its hashes, fuzzy hashes, entropy, strings and the
 * scans that stream (PDF), then bounded reads of the headers and tables its format has (PE, ELF, OLE)
 * and a walk through the members of archives, each member analysed the same way. Every parser works
 * within {@link AnalysisLimits}; a malformed, truncated or hostile file gives a partial result with
 * its errors named.
 */
public final class FileAnalyzer {

    static final int HEAD = 64 * 1024;

    private final AnalysisLimits limits;
    private final FileProfiler profiler = new FileProfiler();

    public FileAnalyzer() {
        this(AnalysisLimits.defaults());
    }

    public FileAnalyzer(AnalysisLimits limits) {
        this.limits = limits;
    }

    /** Analyses a file; throws only when the file itself cannot be read, never for what it contains. */
    public FileAnalysis analyze(Path file) throws IOException {
        Path name = file.getFileName();
        return analyze(file, name == null ? file.toString() : name.toString(), 0, new AnalysisBudget(limits));
    }

    FileAnalysis analyze(Path file, String name, int depth, AnalysisBudget budget) throws IOException {
        List<String> errors = new ArrayList<>();
        byte[] head;
        FileType type;
        FileProfile profile;
        int keep = depth == 0 ? limits.maxStrings() : budget.memberStringsLeft();
        PrintableStrings strings = new PrintableStrings(limits.minStringLength(), keep, limits.maxStringLength());
        PdfScanner pdf = null;
        try (InputStream raw = Files.newInputStream(file);
             BufferedInputStream in = new BufferedInputStream(raw, HEAD)) {
            // the head stays in the stream's buffer and is read again by the profiler: one read of the file
            in.mark(HEAD);
            head = in.readNBytes(HEAD);
            in.reset();
            type = FileType.of(head, head.length, name);
            List<ByteSink> sinks = new ArrayList<>(List.of(strings));
            if (Magic.isPdf(head)) {
                pdf = new PdfScanner(limits.maxScannedBytes());
                sinks.add(pdf);
            }
            profile = profiler.profile(in, Files.size(file), sinks);
            strings.finish();
        }
        if (depth > 0) {
            budget.keptMemberStrings(strings.found().size());
        }
        PeInfo pe = null;
        ElfInfo elf = null;
        DocumentInfo document = pdf == null ? null : pdf.document();
        ArchiveInfo archive = null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileWindow window = new FileWindow(channel);
            if (Magic.isMz(head)) {
                pe = guard("pe", errors, () -> new PeParser(window, limits, errors).parse());
            } else if (Magic.isElf(head)) {
                elf = guard("elf", errors, () -> new ElfReader(channel, limits, errors).read());
            } else if (Magic.isOle(head)) {
                document = guard("ole", errors, () -> new OleScanner(window, limits, errors).scan());
            }
        }
        String format = Magic.archiveFormat(head);
        if (format != null) {
            if (depth >= limits.maxArchiveDepth()) {
                errors.add("archive: members not expanded: nesting depth limit " + limits.maxArchiveDepth() + " reached");
            } else {
                ArchiveWalker walker = new ArchiveWalker(this, limits, budget, depth, errors);
                archive = guard("archive", errors, () -> walker.walk(format, file, name));
                if (walker.document() != null) {
                    document = walker.document();
                }
            }
        }
        return new FileAnalysis(name, profile, type, strings.count(), strings.found(), pe, elf, archive, document, errors);
    }

    interface Parse<T> {
        @Nullable T run() throws IOException;
    }

    private static <T> @Nullable T guard(String format, List<String> errors, Parse<T> parse) {
        try {
            return parse.run();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            errors.add(format + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }
}
