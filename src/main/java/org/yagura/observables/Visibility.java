package org.yagura.observables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.identity.Viewer;

/**
 * Whether a viewer may learn that a value is stored at all. A value is known to the viewer when a record it
 * is linked to (or sighted in) is readable to them, when it was sighted outside any record, or when nothing
 * ties it to a record (stored in bulk); a value tied only to records the viewer may not read is "not seen".
 * The record count a viewer is shown is the number of linked records they may read.
 */
@Component
class Visibility {

    private static final int FEW = 20;

    private final LinkRepository links;
    private final LinkedRecords records;
    private final JdbcClient jdbc;

    Visibility(LinkRepository links, LinkedRecords records, JdbcClient jdbc) {
        this.links = links;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** Those of {@code stored} the viewer may know of. Reads links page by page and stops at the first readable one. */
    Set<UUID> known(Viewer viewer, Collection<StoredObservable> stored) {
        Set<UUID> known = new HashSet<>();
        // values with few links: their links in one batched query; the others a page at a time
        List<UUID> few = stored.stream().filter(o -> o.recordCount() > 0 && o.recordCount() <= FEW).map(StoredObservable::id).toList();
        readable(viewer, links.ofObservables(few)).forEach(l -> known.add(l.observableId()));
        List<UUID> unresolved = new ArrayList<>();
        for (StoredObservable o : stored) {
            if (known.contains(o.id())) {
                continue;
            }
            if (o.recordCount() > FEW && firstReadableLink(viewer, o.id())) {
                known.add(o.id());
            } else {
                unresolved.add(o.id());
            }
        }
        if (unresolved.isEmpty()) {
            return known;
        }
        Map<UUID, StoredObservable> byId = new HashMap<>();
        stored.forEach(o -> byId.put(o.id(), o));
        Map<UUID, List<Object[]>> sightings = sightingRecords(unresolved);
        Map<String, List<UUID>> idsByKind = new HashMap<>();
        sightings.values().forEach(rows -> rows.stream().filter(r -> r[1] != null)
                .forEach(r -> idsByKind.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((UUID) r[1])));
        Map<String, Set<UUID>> visible = records.visible(viewer, idsByKind);
        for (UUID id : unresolved) {
            List<Object[]> rows = sightings.getOrDefault(id, List.of());
            boolean tiedToRecords = byId.get(id).recordCount() > 0 || rows.stream().anyMatch(r -> r[1] != null);
            boolean seenOpenly = rows.stream().anyMatch(r -> r[1] == null
                    || visible.getOrDefault((String) r[0], Set.of()).contains((UUID) r[1]));
            if (!tiedToRecords || seenOpenly) {
                known.add(id);
            }
        }
        return known;
    }

    /** Whether the viewer may know of {@code o}. */
    boolean known(Viewer viewer, StoredObservable o) {
        return known(viewer, List.of(o)).contains(o.id());
    }

    /** The number of records linked to {@code id} that the viewer may read (all its links are read, a page at a time). */
    int readableRecordCount(Viewer viewer, UUID id) {
        return readableRecordCount(viewer, id, Integer.MAX_VALUE);
    }

    /** As {@link #readableRecordCount(Viewer, UUID)}, but stops reading once more than {@code cap} are found. */
    int readableRecordCount(Viewer viewer, UUID id, int cap) {
        int count = 0;
        UUID after = null;
        while (count <= cap) {
            List<LinkRepository.Row> page = links.pageOfObservable(id, after, ObservableRepository.CHUNK);
            if (page.isEmpty()) {
                return count;
            }
            count += readable(viewer, page).size();
            after = page.get(page.size() - 1).id();
            if (page.size() < ObservableRepository.CHUNK) {
                return count;
            }
        }
        return count;
    }

    /** Those of {@code rows} whose record the viewer may read. */
    List<LinkRepository.Row> readable(Viewer viewer, List<LinkRepository.Row> rows) {
        Map<String, List<UUID>> idsByKind = new HashMap<>();
        rows.forEach(l -> idsByKind.computeIfAbsent(l.recordKind(), k -> new ArrayList<>()).add(l.recordId()));
        Map<String, Set<UUID>> visible = records.visible(viewer, idsByKind);
        return rows.stream().filter(l -> visible.getOrDefault(l.recordKind(), Set.of()).contains(l.recordId())).toList();
    }

    private boolean firstReadableLink(Viewer viewer, UUID id) {
        UUID after = null;
        while (true) {
            List<LinkRepository.Row> page = links.pageOfObservable(id, after, ObservableRepository.CHUNK);
            if (!readable(viewer, page).isEmpty()) {
                return true;
            }
            if (page.size() < ObservableRepository.CHUNK) {
                return false;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** Per observable, the distinct (record kind, record id) its sightings name; a null id is a sighting outside records. */
    private Map<UUID, List<Object[]>> sightingRecords(List<UUID> ids) {
        Map<UUID, List<Object[]>> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ObservableRepository.CHUNK) {
            jdbc.sql("SELECT DISTINCT observable_id, record_kind, record_id FROM observable_sighting WHERE observable_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + ObservableRepository.CHUNK)))
                    .query((rs, i) -> rows.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Object[] {rs.getString(2), rs.getObject(3, UUID.class)})).list();
        }
        return rows;
    }
}
