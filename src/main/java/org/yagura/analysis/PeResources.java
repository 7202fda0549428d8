package org.yagura.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The resource tree of a PE summarised by type: entries capped, every directory visited once. */
final class PeResources {

    private static final int MAX_NAME = 256;
    private static final String[] RESOURCE_TYPES = {null, "RT_CURSOR", "RT_BITMAP", "RT_ICON", "RT_MENU",
        "RT_DIALOG", "RT_STRING", "RT_FONTDIR", "RT_FONT", "RT_ACCELERATOR", "RT_RCDATA", "RT_MESSAGETABLE",
        "RT_GROUP_CURSOR", null, "RT_GROUP_ICON", null, "RT_VERSION", "RT_DLGINCLUDE", null, "RT_PLUGPLAY",
        "RT_VXD", "RT_ANICURSOR", "RT_ANIICON", "RT_HTML", "RT_MANIFEST"};

    private final FileWindow file;
    private final PeLayout layout;
    private final AnalysisLimits limits;
    private final List<String> errors;
    private final List<String> anomalies;

    PeResources(FileWindow file, PeLayout layout, AnalysisLimits limits, List<String> errors, List<String> anomalies) {
        this.file = file;
        this.layout = layout;
        this.limits = limits;
        this.errors = errors;
        this.anomalies = anomalies;
    }

    List<PeInfo.Resource> read(long[] directory) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        if (directory[0] == 0) {
            return List.of();
        }
        long root = layout.offsetOf(directory[0]);
        if (root < 0) {
            errors.add(String.format("pe: resource directory RVA 0x%x is not in the file", directory[0]));
            return List.of();
        }
        try {
            new ResourceWalk(root, byType).directory(root, 0, null);
        } catch (IOException e) {
            errors.add("pe: resource directory truncated: " + e.getMessage());
        }
        List<PeInfo.Resource> resources = new ArrayList<>();
        byType.forEach((type, countAndSize) -> resources.add(new PeInfo.Resource(type, (int) countAndSize[0], countAndSize[1])));
        return resources;
    }

    /** Depth-first over the three levels (type, name, language); every directory visited once. */
    private final class ResourceWalk {

        private final long root;
        private final Map<String, long[]> byType;
        private final Set<Long> visited = new HashSet<>();
        private int entries;

        ResourceWalk(long root, Map<String, long[]> byType) {
            this.root = root;
            this.byType = byType;
        }

        void directory(long at, int level, @Nullable String type) throws IOException {
            if (!visited.add(at)) {
                anomalies.add("resource directory loops back to itself");
                return;
            }
            ByteBuffer header = file.read(at, 16);
            int count = (header.getShort(12) & 0xffff) + (header.getShort(14) & 0xffff);
            for (int i = 0; i < count; i++) {
                if (++entries > limits.maxListed() * 10) {
                    errors.add("pe: more than " + limits.maxListed() * 10 + " resource entries; the rest are not read");
                    return;
                }
                ByteBuffer entry = file.read(at + 16 + 8L * i, 8);
                long id = entry.getInt(0) & 0xffffffffL;
                long target = entry.getInt(4) & 0xffffffffL;
                String here = type != null ? type : typeName(id);
                if ((target & 0x80000000L) != 0) {
                    if (level < 2) {
                        directory(root + (target & 0x7fffffffL), level + 1, here);
                    } else {
                        anomalies.add("resource tree deeper than three levels");
                    }
                } else {
                    ByteBuffer data = file.read(root + target, 16);
                    long[] sum = byType.computeIfAbsent(here, k -> new long[2]);
                    sum[0]++;
                    sum[1] += data.getInt(4) & 0xffffffffL;
                }
            }
        }

        private String typeName(long id) throws IOException {
            if ((id & 0x80000000L) != 0) {
                long at = root + (id & 0x7fffffffL);
                int length = Math.min(file.u16(at), MAX_NAME);
                ByteBuffer chars = file.read(at + 2, 2 * length);
                return StandardCharsets.UTF_16LE.decode(chars).toString();
            }
            return id < RESOURCE_TYPES.length && RESOURCE_TYPES[(int) id] != null ? RESOURCE_TYPES[(int) id] : "type " + id;
        }
    }
}
