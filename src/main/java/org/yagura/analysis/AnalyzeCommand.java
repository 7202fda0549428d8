package org.yagura.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code java -jar yagura.jar analyze FILE…}: one JSON object per file and line, from one read of
 * each file. It starts no server and needs no database. Exit code 0, or 1 when a file could not be read.
 */
public final class AnalyzeCommand {

    private static final int HEAD = 64 * 1024;
    private final FileProfiler profiler = new FileProfiler();

    /** Analyses the files in order; a file that cannot be read gets an {@code error} object. */
    public int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("Usage: java -jar yagura.jar analyze FILE...");
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
        try (InputStream raw = Files.newInputStream(file);
             BufferedInputStream in = new BufferedInputStream(raw, HEAD)) {
            // the head is kept in the stream's buffer and read again by the profiler: still one read of the file
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            FileType type = FileType.of(head, head.length, file.getFileName().toString());
            FileProfile p = profiler.profile(in);
            return "{\"file\":" + quote(file.toString())
                    + ",\"size\":" + p.size()
                    + ",\"md5\":" + quote(p.md5()) + ",\"sha1\":" + quote(p.sha1())
                    + ",\"sha256\":" + quote(p.sha256()) + ",\"sha512\":" + quote(p.sha512())
                    + ",\"ssdeep\":" + quote(p.ssdeep()) + ",\"tlsh\":" + quote(p.tlsh())
                    + ",\"entropy\":" + String.format(Locale.ROOT, "%.6f", p.entropy())
                    + ",\"entropyBlockSize\":" + p.entropyBlockSize()
                    + ",\"blockEntropy\":[" + p.blockEntropy().stream()
                            .map(e -> String.format(Locale.ROOT, "%.4f", e)).collect(Collectors.joining(",")) + "]"
                    + ",\"mimeType\":" + quote(type.mimeType())
                    + ",\"extensionMismatch\":" + type.extensionMismatch() + "}";
        }
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
