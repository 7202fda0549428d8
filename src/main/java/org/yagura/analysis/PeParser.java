package org.yagura.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A bounded reader of PE headers and directories (see ADR 006 for why not PortEx). Every offset
 * comes from the file and is checked before use; every table is capped; what cannot be read is
 * named in {@code errors} and the rest is still returned.
 */
final class PeParser {

    static final int MAX_SECTIONS = 96;
    private static final Map<Integer, String> MACHINES = Map.of(0x14c, "i386", 0x8664, "amd64", 0x1c0, "arm",
            0x1c4, "armnt", 0xaa64, "arm64", 0x200, "ia64", 0x0, "unknown");
    private static final String[] SUBSYSTEMS = {"unknown", "native", "windows-gui", "windows-cui", "unknown-4",
        "os2-cui", "unknown-6", "posix-cui", "native-windows", "windows-ce-gui", "efi-application",
        "efi-boot-service-driver", "efi-runtime-driver", "efi-rom", "xbox", "unknown-15", "windows-boot-application"};

    private final FileWindow file;
    private final AnalysisLimits limits;
    private final List<String> errors;
    private final List<String> anomalies = new ArrayList<>();

    PeParser(FileWindow file, AnalysisLimits limits, List<String> errors) {
        this.file = file;
        this.limits = limits;
        this.errors = errors;
    }

    /** The PE's details, or null when the file has no PE header at all (then {@code errors} says why). */
    @Nullable PeInfo parse() throws IOException {
        if (file.size() < 0x40) {
            errors.add("pe: file too small for a DOS header");
            return null;
        }
        long peOffset = file.u32(0x3c);
        if (!file.contains(peOffset, 24 + 2) || file.u32(peOffset) != 0x4550) {
            errors.add("pe: no PE signature at e_lfanew " + peOffset + " (DOS executable or broken header)");
            return null;
        }
        ByteBuffer coff = file.read(peOffset + 4, 20);
        int machine = coff.getShort(0) & 0xffff;
        int sectionCount = coff.getShort(2) & 0xffff;
        long timeDateStamp = coff.getInt(4) & 0xffffffffL;
        int optionalSize = coff.getShort(16) & 0xffff;
        int characteristics = coff.getShort(18) & 0xffff;
        long opt = peOffset + 24;
        ByteBuffer optional = file.readUpTo(opt, Math.max(optionalSize, 0));
        if (optional.remaining() < 72) {
            errors.add("pe: optional header truncated (" + optional.remaining() + " of " + optionalSize + " bytes)");
            return null;
        }
        int magic = optional.getShort(0) & 0xffff;
        boolean plus = magic == 0x20b;
        if (!plus && magic != 0x10b) {
            anomalies.add(String.format("unknown optional header magic 0x%x", magic));
        }
        long entryPoint = optional.getInt(16) & 0xffffffffL;
        long imageBase = plus && optional.remaining() >= 32 ? optional.getLong(24) : optional.getInt(28) & 0xffffffffL;
        long fileAlignment = optional.getInt(36) & 0xffffffffL;
        long sizeOfImage = optional.getInt(56) & 0xffffffffL;
        long sizeOfHeaders = optional.getInt(60) & 0xffffffffL;
        long checksum = optional.getInt(64) & 0xffffffffL;
        int subsystem = optional.getShort(68) & 0xffff;
        int dllCharacteristics = optional.getShort(70) & 0xffff;
        long[][] directories = directories(optional, plus);

        List<PeInfo.Section> sections = sections(opt + optionalSize, sectionCount);
        PeLayout layout = new PeLayout(sections, fileAlignment, sizeOfHeaders, plus);
        PeDirectories dirs = new PeDirectories(file, layout, limits, errors, anomalies);
        dirs.readImports(directories[1]);
        PeInfo.Exports exports = dirs.readExports(directories[0]);
        List<PeInfo.Resource> resources = dirs.readResources(directories[2]);
        PeInfo.Range authenticode = certificates(directories[4]);
        PeInfo.Range overlay = overlay(sections, layout, sizeOfHeaders);
        checkEntryPoint(layout, entryPoint, characteristics);
        checkHeaders(sectionCount, timeDateStamp, sizeOfHeaders, fileAlignment, optionalSize, plus);
        return new PeInfo(MACHINES.getOrDefault(machine, String.format("0x%x", machine)), plus,
                (characteristics & 0x2000) != 0, directories[14][1] != 0, timeDateStamp,
                Instant.ofEpochSecond(timeDateStamp),
                subsystem < SUBSYSTEMS.length ? SUBSYSTEMS[subsystem] : "unknown-" + subsystem, entryPoint,
                imageBase, sizeOfImage, checksum, characteristics, dllCharacteristics, sections, dirs.imports(),
                dirs.importedFunctions(), dirs.imphash(), exports, resources, authenticode, overlay, anomalies);
    }

    /** The 16 data directories (RVA, size); missing ones are zero. */
    private long[][] directories(ByteBuffer optional, boolean plus) {
        int countAt = plus ? 108 : 92;
        long[][] dirs = new long[16][2];
        if (optional.remaining() < countAt + 4) {
            anomalies.add("optional header too small for data directories");
            return dirs;
        }
        long declared = optional.getInt(countAt) & 0xffffffffL;
        if (declared > 16) {
            anomalies.add("NumberOfRvaAndSizes is " + declared + " (more than 16)");
        }
        int count = (int) Math.min(Math.min(declared, 16), (optional.remaining() - countAt - 4) / 8);
        for (int i = 0; i < count; i++) {
            dirs[i][0] = optional.getInt(countAt + 4 + 8 * i) & 0xffffffffL;
            dirs[i][1] = optional.getInt(countAt + 8 + 8 * i) & 0xffffffffL;
        }
        return dirs;
    }

    private List<PeInfo.Section> sections(long table, int declared) throws IOException {
        int count = Math.min(declared, MAX_SECTIONS);
        if (declared > MAX_SECTIONS) {
            anomalies.add(declared + " sections declared; the first " + MAX_SECTIONS + " are read");
        }
        ByteBuffer headers = file.readUpTo(table, 40 * count);
        if (headers.remaining() < 40 * count) {
            errors.add("pe: section table truncated (" + headers.remaining() / 40 + " of " + count + " headers)");
            count = headers.remaining() / 40;
        }
        List<PeInfo.Section> sections = new ArrayList<>(count);
        long entropyBudget = limits.maxScannedBytes();
        for (int i = 0; i < count; i++) {
            int at = 40 * i;
            byte[] rawName = new byte[8];
            headers.get(at, rawName);
            String name = name(rawName);
            long virtualSize = headers.getInt(at + 8) & 0xffffffffL;
            long va = headers.getInt(at + 12) & 0xffffffffL;
            long rawSize = headers.getInt(at + 16) & 0xffffffffL;
            long rawOffset = headers.getInt(at + 20) & 0xffffffffL;
            long flags = headers.getInt(at + 36) & 0xffffffffL;
            String perms = ((flags & 0x40000000L) != 0 ? "r" : "-") + ((flags & 0x80000000L) != 0 ? "w" : "-")
                    + ((flags & 0x20000000L) != 0 ? "x" : "-");
            if (perms.equals("rwx") || perms.equals("-wx")) {
                anomalies.add("section " + name + " is writable and executable");
            }
            if (rawSize > 0 && !file.contains(rawOffset, rawSize)) {
                anomalies.add("section " + name + " raw data goes beyond the end of the file");
            }
            Double entropy = null;
            long readable = Math.max(0, Math.min(rawSize, file.size() - rawOffset));
            if (readable > 0 && readable <= entropyBudget) {
                entropy = entropy(rawOffset, readable);
                entropyBudget -= readable;
            }
            sections.add(new PeInfo.Section(name, va, virtualSize, rawOffset, rawSize, flags, perms, entropy));
        }
        return sections;
    }

    private double entropy(long offset, long length) throws IOException {
        long[] histogram = new long[256];
        for (long done = 0; done < length; ) {
            ByteBuffer chunk = file.read(offset + done, (int) Math.min(64 * 1024, length - done));
            while (chunk.hasRemaining()) {
                histogram[chunk.get() & 0xff]++;
            }
            done += chunk.limit();
        }
        return Entropy.of(histogram);
    }

    private static String name(byte[] raw) {
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = raw[i] & 0xff;
            b.append(c >= 0x20 && c < 0x7f ? (char) c : String.format("\\x%02x", c));
        }
        return b.toString();
    }

    private PeInfo.@Nullable Range certificates(long[] directory) {
        if (directory[1] == 0) {
            return null;
        }
        // the security directory holds a file offset, not an RVA
        if (!file.contains(directory[0], directory[1])) {
            anomalies.add("certificate table beyond the end of the file");
            return null;
        }
        return new PeInfo.Range(directory[0], directory[1]);
    }

    private PeInfo.@Nullable Range overlay(List<PeInfo.Section> sections, PeLayout layout, long sizeOfHeaders) {
        long end = Math.min(sizeOfHeaders, file.size());
        for (PeInfo.Section s : sections) {
            if (s.rawSize() > 0) {
                end = Math.max(end, Math.min(file.size(), layout.rawStart(s) + s.rawSize()));
            }
        }
        return end < file.size() ? new PeInfo.Range(end, file.size() - end) : null;
    }

    private void checkEntryPoint(PeLayout layout, long entryPoint, int characteristics) {
        if (entryPoint == 0) {
            if ((characteristics & 0x2000) == 0) {
                anomalies.add("entry point is zero in an executable that is not a DLL");
            }
            return;
        }
        PeInfo.Section section = layout.sectionOf(entryPoint);
        if (section == null) {
            anomalies.add(String.format("entry point 0x%x is outside every section", entryPoint));
        } else if (!section.permissions().contains("x")) {
            anomalies.add("entry point is in the non-executable section " + section.name());
        }
    }

    private void checkHeaders(int sections, long timeDateStamp, long sizeOfHeaders, long fileAlignment,
            int optionalSize, boolean plus) {
        if (sections == 0) {
            anomalies.add("no sections");
        }
        if (timeDateStamp == 0) {
            anomalies.add("compile time is zero");
        } else if (timeDateStamp > Instant.now().getEpochSecond() + 86_400) {
            anomalies.add("compile time is in the future");
        }
        if (sizeOfHeaders > file.size()) {
            anomalies.add("SizeOfHeaders is larger than the file");
        }
        if (fileAlignment != 0 && (fileAlignment & (fileAlignment - 1)) != 0) {
            anomalies.add("FileAlignment " + fileAlignment + " is not a power of two");
        }
        if (optionalSize != (plus ? 240 : 224)) {
            anomalies.add("SizeOfOptionalHeader is " + optionalSize + " (usually " + (plus ? 240 : 224) + ")");
        }
    }
}
