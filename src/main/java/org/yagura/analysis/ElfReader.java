package org.yagura.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fornwall.jelf.ElfDynamicSection;
import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfSymbol;
import net.fornwall.jelf.ElfSymbolTableSection;
import org.jspecify.annotations.Nullable;

/**
 * Reads ELF files with jelf, guarded: jelf trusts sizes and counts from the file (a symbol table's
 * entries are allocated up front, and looking up one name walks every section), so the section and
 * program header tables are first checked here against the file's size and the limits. Only a file
 * whose tables all pass is handed to jelf beyond its header; otherwise the header and the sections
 * read here are returned with the problems named.
 */
final class ElfReader {

    private static final Map<Integer, String> MACHINES = Map.ofEntries(Map.entry(2, "sparc"), Map.entry(3, "x86"),
            Map.entry(8, "mips"), Map.entry(20, "ppc"), Map.entry(21, "ppc64"), Map.entry(22, "s390"),
            Map.entry(40, "arm"), Map.entry(43, "sparcv9"), Map.entry(62, "x86-64"), Map.entry(183, "aarch64"),
            Map.entry(243, "riscv"), Map.entry(258, "loongarch"));
    private static final String[] TYPES = {"none", "relocatable", "executable", "shared-object", "core"};
    private static final String[] KINDS = {"notype", "object", "func", "section", "file", "common", "tls"};
    private static final String[] BINDINGS = {"local", "global", "weak"};

    private final FileChannel channel;
    private final AnalysisLimits limits;
    private final List<String> errors;

    ElfReader(FileChannel channel, AnalysisLimits limits, List<String> errors) {
        this.channel = channel;
        this.limits = limits;
        this.errors = errors;
    }

    @Nullable ElfInfo read() throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE) {
            errors.add("elf: files over 2 GiB are not parsed");
            return null;
        }
        MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        ElfFile elf;
        try {
            elf = ElfFile.from(map);
        } catch (RuntimeException e) {
            errors.add("elf: header unreadable: " + e.getMessage());
            return null;
        }
        boolean wide = elf.ei_class == ElfFile.CLASS_64;
        ByteBuffer bytes = map.duplicate().order(elf.ei_data == ElfFile.DATA_MSB ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        ElfTables tables = new ElfTables(bytes, wide, elf, limits, errors);
        List<ElfInfo.Section> sections = tables.sections();
        boolean safe = tables.sectionsSafe() && tables.programHeadersSafe();
        String interpreter = null;
        long symbolCount = 0;
        List<ElfInfo.Symbol> symbols = new ArrayList<>();
        List<String> libraries = new ArrayList<>();
        if (safe) {
            libraries(elf, size, libraries);
            try {
                interpreter = elf.getInterpreter();
            } catch (RuntimeException e) {
                errors.add("elf: interpreter unreadable: " + e.getMessage());
            }
            for (int i = 0; i < sections.size(); i++) {
                long type = sections.get(i).type();
                if (type == 2 || type == 11) {
                    symbolCount += symbols(elf, i, type == 2 ? "symtab" : "dynsym", symbols);
                }
            }
        } else {
            errors.add("elf: tables failed the checks above; interpreter and symbols not read");
        }
        String machine = MACHINES.getOrDefault(elf.e_machine & 0xffff, "machine " + (elf.e_machine & 0xffff));
        int type = elf.e_type & 0xffff;
        return new ElfInfo(wide ? "ELF64" : "ELF32", elf.ei_data == ElfFile.DATA_MSB ? "big-endian" : "little-endian",
                "abi " + elf.ei_osabi, type < TYPES.length ? TYPES[type] : "type " + type, machine, elf.e_entry,
                interpreter, libraries, sections, symbolCount, symbols);
    }

    private void libraries(ElfFile elf, long size, List<String> out) {
        try {
            ElfDynamicSection dynamic = elf.getDynamicSection();
            if (dynamic == null) {
                return;
            }
            // jelf allocates the dynamic string table at the size DT_STRSZ claims
            if (dynamic.dt_strtab_size < 0 || dynamic.dt_strtab_size > Math.min(size, limits.maxScannedBytes())) {
                errors.add("elf: dynamic string table size " + dynamic.dt_strtab_size + " is larger than the file");
                return;
            }
            for (String library : dynamic.getNeededLibraries()) {
                if (out.size() < limits.maxListed()) {
                    out.add(library);
                }
            }
        } catch (RuntimeException e) {
            errors.add("elf: dynamic section unreadable: " + e.getMessage());
        }
    }

    private long symbols(ElfFile elf, int index, String table, List<ElfInfo.Symbol> out) {
        try {
            ElfSymbolTableSection section = (ElfSymbolTableSection) elf.getSection(index);
            for (ElfSymbol symbol : section.symbols) {
                if (out.size() >= limits.maxListed()) {
                    break;
                }
                String name = symbol.getName();
                if (name == null || name.isEmpty()) {
                    continue;
                }
                int kind = symbol.getType();
                int binding = symbol.getBinding();
                out.add(new ElfInfo.Symbol(name, kind < KINDS.length ? KINDS[kind] : "type " + kind,
                        binding < BINDINGS.length ? BINDINGS[binding] : "binding " + binding, table));
            }
            return section.symbols.length;
        } catch (RuntimeException e) {
            errors.add("elf: symbol table " + table + " unreadable: " + e.getMessage());
            return 0;
        }
    }
}
