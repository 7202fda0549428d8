package org.yagura.analysis;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.fornwall.jelf.ElfFile;

/** The section and program header tables of an ELF file, read and checked without jelf. */
final class ElfTables {

    private static final int MAX_NAME = 256;
    // section types jelf parses as soon as the section is touched
    private static final long[] EAGER = {2, 3, 4, 5, 6, 7, 9, 11, 0x6ffffff6L};

    private final ByteBuffer bytes;
    private final boolean wide;
    private final ElfFile elf;
    private final AnalysisLimits limits;
    private final List<String> errors;
    private boolean sectionsSafe = true;

    ElfTables(ByteBuffer bytes, boolean wide, ElfFile elf, AnalysisLimits limits, List<String> errors) {
        this.bytes = bytes;
        this.wide = wide;
        this.elf = elf;
        this.limits = limits;
        this.errors = errors;
    }

    boolean sectionsSafe() {
        return sectionsSafe;
    }

    List<ElfInfo.Section> sections() {
        int count = elf.e_shnum & 0xffff;
        int entry = elf.e_shentsize & 0xffff;
        long table = elf.e_shoff;
        List<ElfInfo.Section> sections = new ArrayList<>();
        if (count == 0) {
            return sections;
        }
        if (entry != (wide ? 64 : 40) || !inFile(table, (long) count * entry)) {
            errors.add("elf: section header table (" + count + " × " + entry + " bytes at " + table
                    + ") is malformed or beyond the end of the file");
            sectionsSafe = false;
            return sections;
        }
        long[][] raw = new long[count][];
        for (int i = 0; i < count; i++) {
            raw[i] = header(table + (long) i * entry);
        }
        int names = elf.e_shstrndx & 0xffff;
        long[] nameTable = names < count ? raw[names] : null;
        for (int i = 0; i < count; i++) {
            long[] h = raw[i];
            check(i, h);
            if (sections.size() < limits.maxListed()) {
                sections.add(new ElfInfo.Section(name(nameTable, h[0]), h[1], h[3], h[4], h[2]));
            }
        }
        if (count > limits.maxListed()) {
            errors.add("elf: " + count + " sections; the first " + limits.maxListed() + " are listed");
        }
        return sections;
    }

    /** name, type, flags, offset, size, entsize */
    private long[] header(long at) {
        int p = (int) at;
        if (wide) {
            return new long[] {u32(p), u32(p + 4), bytes.getLong(p + 8), bytes.getLong(p + 24), bytes.getLong(p + 32),
                bytes.getLong(p + 56)};
        }
        return new long[] {u32(p), u32(p + 4), u32(p + 8), u32(p + 16), u32(p + 20), u32(p + 36)};
    }

    private void check(int index, long[] h) {
        long type = h[1];
        if (type == 8 || type == 0) {
            return;
        }
        if (!inFile(h[3], h[4])) {
            errors.add("elf: section " + index + " (" + h[4] + " bytes at " + h[3] + ") is beyond the end of the file");
            sectionsSafe = false;
            return;
        }
        for (long eager : EAGER) {
            if (type == eager && h[4] > limits.maxScannedBytes()) {
                errors.add("elf: section " + index + " is larger than " + limits.maxScannedBytes() + " bytes");
                sectionsSafe = false;
            }
        }
        long symbolSize = wide ? 24 : 16;
        if ((type == 2 || type == 11) && (h[5] != symbolSize || h[4] / symbolSize > 100L * limits.maxListed())) {
            errors.add("elf: symbol table in section " + index + " has entry size " + h[5] + " and "
                    + (h[5] == 0 ? "?" : String.valueOf(h[4] / h[5])) + " entries");
            sectionsSafe = false;
        }
        if ((type == 4 || type == 9 || type == 6) && h[5] == 0) {
            errors.add("elf: section " + index + " of type " + type + " has entry size 0");
            sectionsSafe = false;
        }
    }

    boolean programHeadersSafe() {
        int count = elf.e_phnum & 0xffff;
        int entry = elf.e_phentsize & 0xffff;
        if (count == 0) {
            return true;
        }
        if (entry != (wide ? 56 : 32) || !inFile(elf.e_phoff, (long) count * entry)) {
            errors.add("elf: program header table is malformed or beyond the end of the file");
            return false;
        }
        for (int i = 0; i < count; i++) {
            int p = (int) (elf.e_phoff + (long) i * entry);
            long offset = wide ? bytes.getLong(p + 8) : u32(p + 4);
            long size = wide ? bytes.getLong(p + 32) : u32(p + 16);
            if (u32(p) == 3 && !inFile(offset, size)) {
                errors.add("elf: interpreter segment is beyond the end of the file");
                return false;
            }
        }
        return true;
    }

    private String name(long[] table, long offset) {
        if (table == null || offset >= table[4] || !inFile(table[3] + offset, 1)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        long end = Math.min(table[3] + table[4], bytes.limit());
        for (long p = table[3] + offset; p < end && b.length() < MAX_NAME; p++) {
            int c = bytes.get((int) p) & 0xff;
            if (c == 0) {
                break;
            }
            b.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
        }
        return b.toString();
    }

    private boolean inFile(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= bytes.limit() && length <= bytes.limit() - offset;
    }

    private long u32(int at) {
        return bytes.getInt(at) & 0xffffffffL;
    }
}
