package org.yagura.observables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.identity.PolicyCondition;
import org.yagura.identity.Viewer;

/**
 * The links of values whose records a viewer may read, counted and read with a bound. When every record module
 * states its access rule in SQL ({@link LinkedRecordAccess#readableCondition}), the database filters and counts
 * (one query per value with more links than the bound, one grouped query for the others), and stops at the bound
 * plus one; otherwise the links are read a page at a time and asked of the modules, stopping at the same point.
 * "Too common" is decided here, on what the viewer may read, never on the total.
 */
@Component
class ReadableLinks {

    private final LinkRepository links;
    private final LinkedRecords records;
    private final JdbcClient jdbc;

    ReadableLinks(LinkRepository links, LinkedRecords records, JdbcClient jdbc) {
        this.links = links;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** Per value, its readable links; values with more than {@code limit} readable links are too common and list none. */
    record FanOut(Map<UUID, List<LinkRepository.Row>> readable, Set<UUID> tooCommon) {

        List<LinkRepository.Row> of(UUID id) {
            return readable.getOrDefault(id, List.of());
        }
    }

    /** The readable links of each of {@code stored}, or "too common" when more than {@code limit} of them are readable. */
    FanOut fanOut(Viewer viewer, Collection<StoredObservable> stored, int limit) {
        Map<UUID, List<LinkRepository.Row>> readable = new HashMap<>();
        Set<UUID> tooCommon = new HashSet<>();
        // a value with at most the limit of links in all is never too common: its links in one batched read
        List<UUID> few = stored.stream().filter(o -> o.recordCount() > 0 && o.recordCount() <= limit).map(StoredObservable::id).toList();
        List<LinkRepository.Row> rows = links.ofObservables(few);
        Map<String, Set<UUID>> idsByKind = new HashMap<>();
        rows.forEach(l -> idsByKind.computeIfAbsent(l.recordKind(), k -> new HashSet<>()).add(l.recordId()));
        Map<String, Set<UUID>> visible = records.visible(viewer, idsByKind);
        rows.stream().filter(l -> visible.getOrDefault(l.recordKind(), Set.of()).contains(l.recordId()))
                .forEach(l -> readable.computeIfAbsent(l.observableId(), k -> new ArrayList<>()).add(l));
        for (StoredObservable o : stored) {
            if (o.recordCount() > limit) {
                List<LinkRepository.Row> found = of(viewer, o.id(), limit + 1);
                if (found.size() > limit) {
                    tooCommon.add(o.id());
                } else if (!found.isEmpty()) {
                    readable.put(o.id(), found);
                }
            }
        }
        return new FanOut(readable, tooCommon);
    }

    /** Per value, how many of its linked records the viewer may read, counting each up to {@code cap} + 1 at most. */
    Map<UUID, Integer> counts(Viewer viewer, Collection<StoredObservable> stored, int cap) {
        Map<UUID, Integer> counts = new HashMap<>();
        Optional<PolicyCondition> condition = condition(viewer);
        List<UUID> few = new ArrayList<>();
        for (StoredObservable o : stored) {
            counts.put(o.id(), 0);
            if (o.recordCount() > 0 && o.recordCount() <= cap && condition.isPresent()) {
                few.add(o.id());
            } else if (o.recordCount() > 0) {
                counts.put(o.id(), count(viewer, o.id(), cap + 1, condition.orElse(null)));
            }
        }
        for (int from = 0; from < few.size() && condition.isPresent(); from += ObservableRepository.CHUNK) {
            jdbc.sql("SELECT l.observable_id, COUNT(*) FROM observable_link l WHERE l.observable_id IN (:ids) AND "
                            + condition.get().sql() + " GROUP BY l.observable_id")
                    .params(condition.get().params()).param("ids", few.subList(from, Math.min(few.size(), from + ObservableRepository.CHUNK)))
                    .query((rs, i) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        }
        return counts;
    }

    /** Up to {@code max} links of one value whose records the viewer may read. */
    List<LinkRepository.Row> of(Viewer viewer, UUID id, int max) {
        Optional<PolicyCondition> condition = condition(viewer);
        if (condition.isPresent()) {
            return jdbc.sql("SELECT l.* FROM observable_link l WHERE l.observable_id = :observable AND " + condition.get().sql()
                            + " LIMIT :max")
                    .params(condition.get().params()).param("observable", id).param("max", max).query(LinkRepository::map).list();
        }
        List<LinkRepository.Row> found = new ArrayList<>();
        UUID after = null;
        while (found.size() < max) {
            List<LinkRepository.Row> page = links.pageOfObservable(id, after, ObservableRepository.CHUNK);
            found.addAll(readable(viewer, page));
            if (page.size() < ObservableRepository.CHUNK) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    private int count(Viewer viewer, UUID id, int max, @Nullable PolicyCondition condition) {
        if (condition == null) {
            return of(viewer, id, max).size();
        }
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM observable_link l WHERE l.observable_id = :observable AND "
                        + condition.sql() + " LIMIT :max) t")
                .params(condition.params()).param("observable", id).param("max", max).query(Integer.class).single();
    }

    /** Those of {@code rows} whose record the viewer may read. */
    List<LinkRepository.Row> readable(Viewer viewer, List<LinkRepository.Row> rows) {
        Map<String, List<UUID>> idsByKind = new HashMap<>();
        rows.forEach(l -> idsByKind.computeIfAbsent(l.recordKind(), k -> new ArrayList<>()).add(l.recordId()));
        Map<String, Set<UUID>> visible = records.visible(viewer, idsByKind);
        return rows.stream().filter(l -> visible.getOrDefault(l.recordKind(), Set.of()).contains(l.recordId())).toList();
    }

    /** The readable-link condition over {@code observable_link l}, if every record module states its rule in SQL. */
    private Optional<PolicyCondition> condition(Viewer viewer) {
        var sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (LinkedRecordAccess access : records.accesses()) {
            Optional<PolicyCondition> c = access.readableCondition(viewer, "l.record_id");
            if (c.isEmpty()) {
                return Optional.empty();
            }
            // the conditions come from the one policy for the one viewer, so their shared parameters agree
            params.putAll(c.get().params());
            params.put("kind_" + i, access.kind());
            sql.append(sql.isEmpty() ? "" : " OR ").append("(l.record_kind = :kind_").append(i++).append(" AND ").append(c.get().sql())
                    .append(')');
        }
        // links to kinds no module answers for are never readable
        return Optional.of(new PolicyCondition(sql.isEmpty() ? "FALSE" : "(" + sql + ")", params));
    }
}
