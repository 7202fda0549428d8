package org.yagura.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The import and export directories of a PE, read with caps on every count. */
final class PeDirectories {

    private static final int MAX_NAME = 256;

    private final FileWindow file;
    private final PeLayout layout;
    private final AnalysisLimits limits;
    private final List<String> errors;
    private final List<String> anomalies;
    private final List<PeInfo.Import> imports = new ArrayList<>();
    private final List<String> imphashTerms = new ArrayList<>();
    private boolean importsComplete = true;

    PeDirectories(FileWindow file, PeLayout layout, AnalysisLimits limits, List<String> errors,
            List<String> anomalies) {
        this.file = file;
        this.layout = layout;
        this.limits = limits;
        this.errors = errors;
        this.anomalies = anomalies;
    }

    void readImports(long[] directory) {
        if (directory[0] == 0) {
            return;
        }
        long at = layout.offsetOf(directory[0]);
        if (at < 0) {
            errors.add(String.format("pe: import directory RVA 0x%x is not in the file", directory[0]));
            importsComplete = false;
            return;
        }
        try {
            for (int i = 0; ; i++, at += 20) {
                if (i >= limits.maxListed()) {
                    errors.add("pe: more than " + limits.maxListed() + " imported DLLs; the rest are not read");
                    importsComplete = false;
                    return;
                }
                ByteBuffer descriptor = file.read(at, 20);
                long lookup = descriptor.getInt(0) & 0xffffffffL;
                long nameRva = descriptor.getInt(12) & 0xffffffffL;
                long thunks = descriptor.getInt(16) & 0xffffffffL;
                if (nameRva == 0 && thunks == 0 && lookup == 0) {
                    return;
                }
                String dll = string(nameRva);
                if (dll == null) {
                    errors.add(String.format("pe: import %d has its name at RVA 0x%x, outside the file", i, nameRva));
                    importsComplete = false;
                    continue;
                }
                imports.add(new PeInfo.Import(dll, functions(dll, lookup != 0 ? lookup : thunks)));
            }
        } catch (IOException e) {
            errors.add("pe: import directory truncated: " + e.getMessage());
            importsComplete = false;
        }
    }

    private List<String> functions(String dll, long thunkRva) throws IOException {
        boolean plus = layout.pe32Plus();
        int width = plus ? 8 : 4;
        long at = layout.offsetOf(thunkRva);
        List<String> names = new ArrayList<>();
        if (at < 0) {
            errors.add("pe: thunks of " + dll + " are not in the file");
            importsComplete = false;
            return names;
        }
        String library = dll.toLowerCase(Locale.ROOT);
        int dot = library.lastIndexOf('.');
        if (dot >= 0 && Set.of("dll", "ocx", "sys").contains(library.substring(dot + 1))) {
            library = library.substring(0, dot);
        }
        for (int i = 0; ; i++, at += width) {
            if (i >= limits.maxListed() * 10) {
                errors.add("pe: more than " + limits.maxListed() * 10 + " functions imported from " + dll);
                importsComplete = false;
                return names;
            }
            ByteBuffer thunk = file.read(at, width);
            long value = plus ? thunk.getLong(0) : thunk.getInt(0) & 0xffffffffL;
            if (value == 0) {
                return names;
            }
            boolean byOrdinal = plus ? value < 0 : (value & 0x80000000L) != 0;
            String function;
            if (byOrdinal) {
                function = PeOrdinals.name(dll, value & 0xffff);
            } else {
                function = string((value & 0x7fffffffL) + 2);
                if (function == null) {
                    errors.add("pe: a function name imported from " + dll + " is outside the file");
                    importsComplete = false;
                    continue;
                }
            }
            imphashTerms.add(library + "." + function.toLowerCase(Locale.ROOT));
            if (names.size() < limits.maxListed()) {
                names.add(function);
            }
        }
    }

    private @Nullable String string(long rva) throws IOException {
        long at = layout.offsetOf(rva);
        return at < 0 || at >= file.size() ? null : file.cString(at, MAX_NAME);
    }

    List<PeInfo.Import> imports() {
        return imports;
    }

    int importedFunctions() {
        return imphashTerms.size();
    }

    /** MD5 of "dll.function" terms as pefile's get_imphash makes them; null when no or not all imports were read. */
    @Nullable String imphash() {
        if (imphashTerms.isEmpty() || !importsComplete) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(String.join(",", imphashTerms).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }

    PeInfo.@Nullable Exports readExports(long[] directory) {
        if (directory[0] == 0) {
            return null;
        }
        try {
            long at = layout.offsetOf(directory[0]);
            if (at < 0) {
                errors.add(String.format("pe: export directory RVA 0x%x is not in the file", directory[0]));
                return null;
            }
            ByteBuffer header = file.read(at, 40);
            String name = string(header.getInt(12) & 0xffffffffL);
            long functions = header.getInt(20) & 0xffffffffL;
            long namesCount = header.getInt(24) & 0xffffffffL;
            long namesAt = layout.offsetOf(header.getInt(32) & 0xffffffffL);
            List<String> names = new ArrayList<>();
            if (namesCount > 0 && namesAt < 0) {
                errors.add("pe: export names table is not in the file");
            }
            for (long i = 0; i < namesCount && i < limits.maxListed() && namesAt >= 0; i++) {
                String exported = string(file.u32(namesAt + 4 * i));
                names.add(exported == null ? "?" : exported);
            }
            return new PeInfo.Exports(name, functions, names);
        } catch (IOException e) {
            errors.add("pe: export directory truncated: " + e.getMessage());
            return null;
        }
    }

    List<PeInfo.Resource> readResources(long[] directory) {
        return new PeResources(file, layout, limits, errors, anomalies).read(directory);
    }
}
