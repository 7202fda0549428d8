package org.yagura.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine learnt about one file: its name (the path inside the archive for members),
 * the one-read profile (hashes, fuzzy hashes, entropy), its type by content, the printable strings
 * found ({@code stringCount} counts all, {@code strings} keeps the first ones, with offsets, to hand to
 * observable extraction), the details of its format where it has one, and the errors met on the way —
 * a malformed file gives a partial analysis, never an exception.
 */
public record FileAnalysis(String name, FileProfile profile, FileType type, long stringCount,
        List<FoundString> strings, @Nullable PeInfo pe, @Nullable ElfInfo elf, @Nullable ArchiveInfo archive,
        @Nullable DocumentInfo document, List<String> errors) {

    public FileAnalysis {
        strings = List.copyOf(strings);
        errors = List.copyOf(errors);
    }
}
