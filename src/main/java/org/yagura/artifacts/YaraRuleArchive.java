package org.yagura.artifacts;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.yagura.analysis.AnalysisLimits;
import org.yagura.shared.api.BadRequestException;

/**
 * Reads rule files to import: one {@code .yar}/{@code .yara} file, or a zip of them (other members are
 * skipped). Streamed, never extracted to disk, within the analysis engine's archive bounds: members,
 * bytes per file and in all, and the compression ratio. A member whose name could leave a directory
 * ({@code ..}, an absolute or drive path, a backslash, control characters) refuses the whole archive.
 */
final class YaraRuleArchive {

    static final int MAX_SOURCE_BYTES = 1024 * 1024;
    static final int MAX_FILES = 200;
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    private YaraRuleArchive() {
    }

    record RuleFile(String name, String source) {
    }

    static List<RuleFile> read(String fileName, InputStream content) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        if (zip) {
            return unzip(in);
        }
        if (!isRuleFile(fileName)) {
            throw new BadRequestException("yara.import.type", fileName);
        }
        return List.of(new RuleFile(baseName(fileName), text(fileName, readBounded(in, MAX_SOURCE_BYTES, fileName))));
    }

    private static List<RuleFile> unzip(InputStream raw) throws IOException {
        int ratio = AnalysisLimits.defaults().maxCompressionRatio();
        Counting counted = new Counting(raw);
        List<RuleFile> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                checkName(name);
                if (++entries > MAX_FILES * 5) {
                    throw new BadRequestException("yara.import.too-many", MAX_FILES);
                }
                if (entry.isDirectory() || !isRuleFile(name)) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    throw new BadRequestException("yara.import.too-many", MAX_FILES);
                }
                long before = counted.count;
                byte[] bytes = readBounded(zip, MAX_SOURCE_BYTES, name);
                total += bytes.length;
                long compressed = Math.max(1, counted.count - before);
                if (total > MAX_TOTAL_BYTES || (bytes.length > 1024 * 1024 / 4 && bytes.length / compressed > ratio)) {
                    throw new BadRequestException("yara.import.too-large", name);
                }
                files.add(new RuleFile(baseName(name), text(name, bytes)));
            }
        } catch (ZipException e) {
            throw new BadRequestException("yara.import.bad-zip", String.valueOf(e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new BadRequestException("yara.import.empty");
        }
        return files;
    }

    static void checkName(String name) {
        String n = name.replace('\\', '/');
        boolean bad = name.contains("\\") || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.isBlank()
                || n.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || List.of(n.split("/")).contains("..");
        if (bad) {
            throw new BadRequestException("yara.import.bad-name", name.replaceAll("\\p{Cntrl}", "?"));
        }
    }

    private static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yar") || lower.endsWith(".yara");
    }

    /** The name without directories' leading slash and without the extension, e.g. {@code apt/loader} for {@code apt/loader.yar}. */
    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        int dot = n.lastIndexOf('.');
        String base = dot > 0 ? n.substring(0, dot) : n;
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static byte[] readBounded(InputStream in, int max, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > max) {
                throw new BadRequestException("yara.import.too-large", name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String text(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("yara.import.encoding", name);
        }
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
