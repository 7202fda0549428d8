package org.yagura.artifacts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.yagura.shared.api.NotFoundException;

/** The kinds of record that artifacts can be attached to, as their owning modules declare them. */
@Component
class ArtifactRecords {

    private final Map<String, ArtifactRecordAccess> byKind;
    private final Map<String, ArtifactRecordAccess> byCollection;

    ArtifactRecords(List<ArtifactRecordAccess> accesses) {
        this.byKind = accesses.stream().collect(Collectors.toMap(ArtifactRecordAccess::kind, Function.identity()));
        this.byCollection = accesses.stream().collect(Collectors.toMap(ArtifactRecordAccess::collection, Function.identity()));
    }

    /** The record behind {@code /<collection>/<key>}, readable by the current user, or 404. */
    AttachedRecord inCollection(String collection, String key) {
        ArtifactRecordAccess access = byCollection.get(collection);
        if (access == null) {
            throw new NotFoundException("artifacts.record.not-found", collection + "/" + key);
        }
        return access.find(key).orElseThrow(() -> new NotFoundException("artifacts.record.not-found", key));
    }

    /** True when the record exists and the current user may read it. */
    boolean readable(String kind, String key) {
        ArtifactRecordAccess access = byKind.get(kind);
        return access != null && access.find(key).isPresent();
    }

    AttachedRecord of(String kind, String key) {
        ArtifactRecordAccess access = byKind.get(kind);
        if (access == null) {
            throw new NotFoundException("artifacts.record.not-found", key);
        }
        return access.find(key).orElseThrow(() -> new NotFoundException("artifacts.record.not-found", key));
    }
}
