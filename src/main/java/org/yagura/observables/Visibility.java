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
 * The record count a viewer is shown is the number of linked records they may read ({@link ReadableLinks}).
 */
@Component
class Visibility {

    private static final int FEW = 20;

    private final LinkRepository links;
    private final LinkedRecords records;
    private final ReadableLinks readableLinks;
    private final JdbcClient jdbc;

    Visibility(LinkRepository links, LinkedRecords records, ReadableLinks readableLinks, JdbcClient jdbc) {
        this.links = links;
        this.readableLinks = readableLinks;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** Those of {@code stored} the viewer may know of; for a value with many links, the first readable one decides. */
    Set<UUID> known(Viewer viewer, Collection<StoredObservable> stored) {
        Set<UUID> known = new HashSet<>();
        // values with few links: their links in one batched query; the others a page at a time
        List<UUID> few = stored.stream().filter(o -> o.recordCount() > 0 && o.recordCount() <= FEW).map(StoredObservable::id).toList();
        readableLinks.readable(viewer, links.ofObservables(few)).forEach(l -> known.add(l.observableId()));
        List<UUID> unresolved = new ArrayList<>();
        for (StoredObservable o : stored) {
            if (known.contains(o.id())) {
                continue;
            }
            if (o.recordCount() > FEW && !readableLinks.of(viewer, o.id(), 1).isEmpty()) {
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
