package org.yagura.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the header and tables of an ELF file say, as far as they could be read: class, byte order,
 * OS ABI, type, machine, entry point, the program interpreter, the shared libraries it needs
 * ({@code DT_NEEDED}), sections, and symbols (from
 * {@code .symtab} and {@code .dynsym}; {@code symbolCount} counts all, {@code symbols} lists the first
 * ones up to the limit).
 */
public record ElfInfo(String elfClass, String byteOrder, String osAbi, String type, String machine,
        long entry, @Nullable String interpreter, List<String> libraries, List<Section> sections,
        long symbolCount, List<Symbol> symbols) {

    public ElfInfo {
        libraries = List.copyOf(libraries);
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
    }

    /** A section header: name, type number, file offset, size and flags. */
    public record Section(String name, long type, long offset, long size, long flags) {
    }

    /** A named symbol: name, kind ({@code func}, {@code object}…), binding ({@code global}, {@code weak}…), table. */
    public record Symbol(String name, String kind, String binding, String table) {
    }
}
