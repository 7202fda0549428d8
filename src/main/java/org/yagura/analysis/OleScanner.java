package org.yagura.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the directory of an OLE compound file (Word, Excel and PowerPoint 97–2003, MSI, {@code vbaProject.bin})
 * and flags what its storage and stream names reveal: a VBA project ({@code VBA}, {@code _VBA_PROJECT},
 * {@code Macros}), embedded objects ({@code ObjectPool}, {@code Ole10Native}) and encrypted packages.
 * Follows the sector chains through the FAT with every chain bounded by the file's size.
 */
final class OleScanner {

    private static final long END_OF_CHAIN = 0xfffffffeL;
    private static final long MAX_REGULAR_SECTOR = 0xfffffffaL;

    private final FileWindow file;
    private final AnalysisLimits limits;
    private final List<String> errors;
    private final List<Long> fatSectors = new ArrayList<>();
    private int sectorShift;

    OleScanner(FileWindow file, AnalysisLimits limits, List<String> errors) {
        this.file = file;
        this.limits = limits;
        this.errors = errors;
    }

    DocumentInfo scan() throws IOException {
        ByteBuffer header = file.read(0, 512);
        sectorShift = header.getShort(30) & 0xffff;
        if (sectorShift != 9 && sectorShift != 12) {
            errors.add("ole: sector size 2^" + sectorShift + " is neither 512 nor 4096");
            return new DocumentInfo("ole", false, false, false, false, false, List.of(), List.of());
        }
        long fatCount = header.getInt(44) & 0xffffffffL;
        long directoryStart = header.getInt(48) & 0xffffffffL;
        for (int i = 0; i < 109 && fatSectors.size() < fatCount; i++) {
            fatSectors.add(header.getInt(76 + 4 * i) & 0xffffffffL);
        }
        readDifat(header.getInt(68) & 0xffffffffL, fatCount);
        return directory(directoryStart);
    }

    private void readDifat(long start, long fatCount) throws IOException {
        int perSector = (1 << sectorShift) / 4 - 1;
        long sector = start;
        for (int hops = 0; sector <= MAX_REGULAR_SECTOR && fatSectors.size() < fatCount; hops++) {
            if (hops > maxSectors()) {
                errors.add("ole: DIFAT chain loops");
                return;
            }
            ByteBuffer block = file.read(offsetOf(sector), 1 << sectorShift);
            for (int i = 0; i < perSector && fatSectors.size() < fatCount; i++) {
                fatSectors.add(block.getInt(4 * i) & 0xffffffffL);
            }
            sector = block.getInt(4 * perSector) & 0xffffffffL;
        }
    }

    private DocumentInfo directory(long start) throws IOException {
        List<String> names = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int entriesPerSector = (1 << sectorShift) / 128;
        for (long sector = start; sector <= MAX_REGULAR_SECTOR; sector = next(sector)) {
            if (!seen.add(sector) || seen.size() > maxSectors()) {
                errors.add("ole: directory chain loops");
                break;
            }
            ByteBuffer block = file.read(offsetOf(sector), 1 << sectorShift);
            for (int i = 0; i < entriesPerSector; i++) {
                int type = block.get(128 * i + 66);
                int length = Math.min(block.getShort(128 * i + 64) & 0xffff, 64);
                if (type == 0 || length < 2) {
                    continue;
                }
                byte[] raw = new byte[length - 2];
                block.get(128 * i, raw);
                if (names.size() >= limits.maxListed()) {
                    errors.add("ole: more than " + limits.maxListed() + " directory entries; the rest are not read");
                    return flags(names);
                }
                names.add(new String(raw, StandardCharsets.UTF_16LE).replaceAll("\\p{Cntrl}", ""));
            }
        }
        return flags(names);
    }

    private static DocumentInfo flags(List<String> names) {
        List<String> evidence = new ArrayList<>();
        boolean macros = false;
        boolean embedded = false;
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("vba") || lower.equals("_vba_project") || lower.equals("_vba_project_cur")
                    || lower.equals("macros")) {
                macros = true;
                evidence.add(name);
            } else if (lower.equals("objectpool") || lower.equals("ole10native") || lower.equals("package")) {
                embedded = true;
                evidence.add(name);
            } else if (lower.equals("encryptedpackage") || lower.equals("encryptioninfo")) {
                evidence.add(name);
            }
        }
        return new DocumentInfo("ole", false, false, false, embedded, macros, List.of(), evidence);
    }

    private long next(long sector) throws IOException {
        int perSector = (1 << sectorShift) / 4;
        long index = sector / perSector;
        if (index >= fatSectors.size()) {
            errors.add("ole: sector " + sector + " has no FAT entry");
            return END_OF_CHAIN;
        }
        return file.u32(offsetOf(fatSectors.get((int) index)) + 4 * (sector % perSector));
    }

    private long offsetOf(long sector) {
        return (sector + 1) << sectorShift;
    }

    private long maxSectors() {
        return (file.size() >> sectorShift) + 1;
    }
}
