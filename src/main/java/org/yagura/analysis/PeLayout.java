package org.yagura.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where an RVA of a PE image lies in the file, the way the Windows loader maps sections. */
final class PeLayout {

    private final List<PeInfo.Section> sections;
    private final long fileAlignment;
    private final long sizeOfHeaders;
    private final boolean pe32Plus;

    PeLayout(List<PeInfo.Section> sections, long fileAlignment, long sizeOfHeaders, boolean pe32Plus) {
        this.sections = sections;
        this.pe32Plus = pe32Plus;
        this.fileAlignment = fileAlignment;
        this.sizeOfHeaders = sizeOfHeaders;
    }

    /** The loader rounds raw offsets down to 512 bytes when the file alignment is at least that. */
    long rawStart(PeInfo.Section section) {
        return fileAlignment >= 0x200 ? section.rawOffset() & ~0x1ffL : section.rawOffset();
    }

    /** The file offset of an RVA, or -1 when it is in no section's raw data. */
    long offsetOf(long rva) {
        for (PeInfo.Section s : sections) {
            long extent = Math.max(s.virtualSize(), s.rawSize());
            if (rva >= s.virtualAddress() && rva - s.virtualAddress() < extent) {
                long delta = rva - s.virtualAddress();
                return delta < s.rawSize() ? rawStart(s) + delta : -1;
            }
        }
        return rva >= 0 && rva < sizeOfHeaders ? rva : -1;
    }

    boolean pe32Plus() {
        return pe32Plus;
    }

    /** The section that holds an RVA, or null. */
    PeInfo.@Nullable Section sectionOf(long rva) {
        for (PeInfo.Section s : sections) {
            if (rva >= s.virtualAddress() && rva - s.virtualAddress() < Math.max(s.virtualSize(), s.rawSize())) {
                return s;
            }
        }
        return null;
    }
}
