package org.yagura.observables;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.Viewer;
import org.yagura.shared.api.NotFoundException;

/** The record kinds other modules registered, and the access checks observables asks them for. */
@Component
class LinkedRecords {

    private final Map<String, LinkedRecordAccess> kinds;
    private final AccessPolicy policy;

    LinkedRecords(List<LinkedRecordAccess> modules, AccessPolicy policy) {
        this.kinds = modules.stream().collect(Collectors.toMap(LinkedRecordAccess::kind, Function.identity()));
        this.policy = policy;
    }

    Set<String> kinds() {
        return kinds.keySet();
    }

    Collection<LinkedRecordAccess> accesses() {
        return kinds.values();
    }

    Viewer viewer() {
        return policy.currentViewer().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The record if the current user may read it; 404 otherwise (as if it did not exist). */
    LinkedRecord readable(String kind, String key) {
        LinkedRecordAccess access = access(kind, key);
        LinkedRecord record = access.find(key).orElseThrow(() -> new NotFoundException("observable.record.not-found", kind, key));
        if (!access.visible(viewer(), List.of(record.id())).contains(record.id())) {
            throw new NotFoundException("observable.record.not-found", kind, key);
        }
        return record;
    }

    /** The record if the current user may add observables to it; 404 when unreadable, 403 when read-only. */
    LinkedRecord writable(String kind, String key) {
        LinkedRecord record = readable(kind, key);
        if (!kinds.get(kind).writable(viewer(), record.id())) {
            throw new AccessDeniedException("read-only record");
        }
        return record;
    }

    /** Per kind, the ids the viewer may read; kinds no module answers for are never visible. */
    Map<String, Set<UUID>> visible(Viewer viewer, Map<String, ? extends Collection<UUID>> idsByKind) {
        Map<String, Set<UUID>> visible = new HashMap<>();
        idsByKind.forEach((kind, ids) -> {
            LinkedRecordAccess access = kinds.get(kind);
            visible.put(kind, access == null || ids.isEmpty() ? Set.of() : access.visible(viewer, ids));
        });
        return visible;
    }

    String path(String kind, String key) {
        LinkedRecordAccess access = kinds.get(kind);
        return access == null ? "#" : access.path(key);
    }

    java.util.Optional<String> text(LinkedRecord record) {
        return kinds.get(record.kind()).text(record.id());
    }

    private LinkedRecordAccess access(String kind, String key) {
        LinkedRecordAccess access = kinds.get(kind);
        if (access == null) {
            throw new NotFoundException("observable.record.not-found", kind, key);
        }
        return access;
    }
}
