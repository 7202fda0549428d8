package org.yagura.analysis;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the headers and directories of a Portable Executable say, as far as they could be read: the
 * COFF and optional headers, the sections with their entropy, imports and their imphash (pefile's
 * convention), exports, a summary of resources, the Authenticode certificate table, the overlay, and
 * anomalies (legal but suspicious, or malformed). Lists are capped by {@link AnalysisLimits}.
 */
public record PeInfo(String machine, boolean pe32Plus, boolean dll, boolean dotNet, long timeDateStamp,
        Instant compiled, String subsystem, long entryPoint, long imageBase, long sizeOfImage, long checksum,
        int characteristics, int dllCharacteristics, List<Section> sections, List<Import> imports,
        int importedFunctions, @Nullable String imphash, @Nullable Exports exports, List<Resource> resources,
        @Nullable Range authenticode, @Nullable Range overlay, List<String> anomalies) {

    public PeInfo {
        sections = List.copyOf(sections);
        imports = List.copyOf(imports);
        resources = List.copyOf(resources);
        anomalies = List.copyOf(anomalies);
    }

    /** A section header, its permissions ({@code r}, {@code w}, {@code x}) and the entropy of its raw data. */
    public record Section(String name, long virtualAddress, long virtualSize, long rawOffset, long rawSize,
            long characteristics, String permissions, @Nullable Double entropy) {
    }

    /** The functions imported from one DLL, by name or as {@code ordN}. */
    public record Import(String dll, List<String> functions) {

        public Import {
            functions = List.copyOf(functions);
        }
    }

    /** The export directory: the DLL's own name, how many functions it exports and their names. */
    public record Exports(@Nullable String name, long count, List<String> names) {

        public Exports {
            names = List.copyOf(names);
        }
    }

    /** Resources of one type ({@code RT_ICON}, {@code RT_VERSION}, a named type…): how many and their total size. */
    public record Resource(String type, int count, long size) {
    }

    /** A part of the file: offset and size in bytes. */
    public record Range(long offset, long size) {
    }
}
