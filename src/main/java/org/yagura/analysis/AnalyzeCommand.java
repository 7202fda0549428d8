package org.yagura.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar yagura.jar analyze FILE…}: one JSON object per file and line, from one read of
 * each file: hashes, fuzzy hashes, entropy, type, strings (count and a sample), the details of PE,
 * ELF, archive and document formats, and the errors met. {@code --min-string-length N} (before the
 * files) sets the shortest string reported. It starts no server and needs no database. Exit code 0,
 * or 1 when a file could not be read, 2 for a usage error.
 */
public final class AnalyzeCommand {

    private static final String USAGE = "Usage: java -jar yagura.jar analyze [--min-string-length N] FILE...";

    private final AnalysisLimits limits;
    private FileAnalyzer analyzer;

    public AnalyzeCommand() {
        this(AnalysisLimits.defaults());
    }

    public AnalyzeCommand(AnalysisLimits limits) {
        this.limits = limits;
        this.analyzer = new FileAnalyzer(limits);
    }

    /** Analyses the files in order; a file that cannot be read gets an {@code error} object. */
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> files = arguments;
        if (files.size() >= 2 && files.get(0).equals("--min-string-length")) {
            try {
                int length = Integer.parseInt(files.get(1));
                if (length < 1 || length > 4096) {
                    throw new NumberFormatException();
                }
                analyzer = new FileAnalyzer(limits.withMinStringLength(length));
                files = files.subList(2, files.size());
            } catch (NumberFormatException e) {
                err.println("--min-string-length takes a number from 1 to 4096");
                return 2;
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        int exit = 0;
        for (String name : files) {
            try {
                out.println(analyze(Path.of(name)));
            } catch (NoSuchFileException e) {
                out.println("{\"file\":" + quote(name) + ",\"error\":\"no such file\"}");
                exit = 1;
            } catch (IOException | RuntimeException e) {
                out.println("{\"file\":" + quote(name) + ",\"error\":" + quote(String.valueOf(e.getMessage())) + "}");
                exit = 1;
            }
        }
        return exit;
    }

    String analyze(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        return AnalysisJson.of(file.toString(), analyzer.analyze(file));
    }

    static String quote(String s) {
        return AnalysisJson.quote(s);
    }
}
