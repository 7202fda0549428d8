package org.yagura.observables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.Viewer;

/**
 * Correlation at read time by indexed lookups: for each observable of a record, the other records holding the
 * same value, for an address or block the stored blocks containing it, for a block the stored addresses and
 * smaller blocks inside it (at most the too-common limit of them), for a URL or name the same host (and, if set, the
 * same registered domain). Noise and too-common values do not fan out; nothing the viewer may not see is counted,
 * and a value is too common when the viewer may read more records holding it than the limit.
 */
@Service
@Transactional(readOnly = true)
public class CorrelationService {

    private final ObservableRepository observables;
    private final LinkRepository links;
    private final LinkedRecords records;
    private final Summaries summaries;
    private final ObservablesSettings settings;
    private final ReadableLinks readableLinks;

    CorrelationService(ObservableRepository observables, LinkRepository links, LinkedRecords records, Summaries summaries,
            ObservablesSettings settings, ReadableLinks readableLinks) {
        this.readableLinks = readableLinks;
        this.observables = observables;
        this.links = links;
        this.records = records;
        this.summaries = summaries;
        this.settings = settings;
    }

    /** The correlations of the observables of a record the caller may read. */
    @PreAuthorize("hasRole('OBSERVER')")
    public Correlation correlate(String kind, String key) {
        LinkedRecord record = records.readable(kind, key);
        Viewer viewer = records.viewer();
        int limit = settings.tooCommon();
        List<LinkRepository.Row> own = links.ofRecord(kind, record.id());
        Map<UUID, StoredObservable> stored = observables.findAll(own.stream().map(LinkRepository.Row::observableId).toList());
        // "too common" is decided on the records the viewer may read, so that it says nothing of the others; only a
        // value with more links in all than the limit can be, so only those are counted before fanning out
        ReadableLinks.FanOut common = readableLinks.fanOut(viewer,
                stored.values().stream().filter(o -> o.recordCount() > limit).toList(), limit);
        Map<Integer, List<Integer>> prefixes = null;
        // per observable of the record: the related observable ids, and how each relates
        Map<UUID, Map<UUID, String>> relatedOf = new LinkedHashMap<>();
        Map<UUID, String> status = new HashMap<>();
        Map<UUID, StoredObservable> relatedRows = new HashMap<>();
        for (LinkRepository.Row row : own) {
            StoredObservable o = stored.get(row.observableId());
            if (!summaries.correlated(o)) {
                status.put(o.id(), "noise");
                continue;
            }
            if (common.tooCommon().contains(o.id())) {
                status.put(o.id(), "too-common");
                continue;
            }
            status.put(o.id(), "correlated");
            Map<UUID, String> related = new LinkedHashMap<>();
            related.put(o.id(), "same");
            relatedRows.put(o.id(), o);
            if (o.value().type() == ObservableType.IPV4 || o.value().type() == ObservableType.IPV6
                    || o.value().type() == ObservableType.CIDR) {
                prefixes = prefixes == null ? observables.cidrPrefixes() : prefixes;
                Correlatables.containingBlocks(o.value(), prefixes).forEach(id -> related.putIfAbsent(id, "cidr"));
            }
            if (o.value().type() == ObservableType.CIDR) {
                // the reverse: stored addresses and smaller blocks inside this block, by an index range scan
                addSiblings(related, relatedRows, observables.inside(o, limit + 1), "inside", limit);
            }
            addSiblings(related, relatedRows, observables.sameHost(o, false, limit + 1), "host", limit);
            if (settings.correlateRegisteredDomain()) {
                addSiblings(related, relatedRows, observables.sameHost(o, true, limit + 1), "registered-domain", limit);
            }
            relatedOf.put(o.id(), related);
        }
        var blockIds = relatedOf.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getValue().equals("cidr")).map(Map.Entry::getKey).toList();
        relatedRows.putAll(observables.findAll(blockIds));
        // in one read: the readable links of the record's other values (their counts) and of the related values that
        // correlate; related values too common for this viewer drop out
        List<StoredObservable> toRead = new ArrayList<>(stored.values().stream().filter(o -> o.recordCount() <= limit).toList());
        relatedRows.values().stream().filter(r -> !stored.containsKey(r.id()) && summaries.correlated(r)).forEach(toRead::add);
        ReadableLinks.FanOut read = readableLinks.fanOut(viewer, toRead, limit);
        ReadableLinks.FanOut ownLinks = new ReadableLinks.FanOut(merged(common.readable(), read.readable()), common.tooCommon());
        Map<UUID, List<LinkRepository.Row>> byObservable = new HashMap<>();
        relatedRows.keySet().forEach(id -> (stored.containsKey(id) ? ownLinks : read).of(id).stream()
                .filter(l -> !(l.recordKind().equals(kind) && l.recordId().equals(record.id())))
                .forEach(l -> byObservable.computeIfAbsent(id, k -> new ArrayList<>()).add(l)));
        return assemble(record, own, stored, status, relatedOf, relatedRows, byObservable, ownLinks, limit);
    }

    /** The correlation of a record as a graph of two hops: record, its observables, the records sharing them. */
    @PreAuthorize("hasRole('OBSERVER')")
    public Graph graph(String kind, String key) {
        Correlation c = correlate(kind, key);
        List<LinkRepository.Row> own = links.ofRecord(kind, c.record().id());
        Map<UUID, ObservableSummary> summaryOf = new HashMap<>();
        c.observables().forEach(o -> summaryOf.put(o.observable().id(), o.observable()));
        return Graph.of(c, own.stream().map(r -> summaries.link(r, summaryOf.get(r.observableId()))).toList());
    }

    private static Map<UUID, List<LinkRepository.Row>> merged(Map<UUID, List<LinkRepository.Row>> a,
            Map<UUID, List<LinkRepository.Row>> b) {
        Map<UUID, List<LinkRepository.Row>> all = new HashMap<>(b);
        all.putAll(a);
        return all;
    }

    private static void addSiblings(Map<UUID, String> related, Map<UUID, StoredObservable> rows, List<StoredObservable> siblings,
            String via, int limit) {
        if (siblings.size() > limit) {
            return; // a host with more values than the limit is too common to fan out
        }
        siblings.forEach(s -> {
            if (related.putIfAbsent(s.id(), via) == null) {
                rows.put(s.id(), s);
            }
        });
    }

    private Correlation assemble(LinkedRecord record, List<LinkRepository.Row> own, Map<UUID, StoredObservable> stored,
            Map<UUID, String> status, Map<UUID, Map<UUID, String>> relatedOf, Map<UUID, StoredObservable> relatedRows,
            Map<UUID, List<LinkRepository.Row>> byObservable, ReadableLinks.FanOut ownLinks, int limit) {
        List<CorrelatedObservable> result = new ArrayList<>();
        Map<String, List<String>> sharedValues = new LinkedHashMap<>();
        for (LinkRepository.Row row : own) {
            StoredObservable o = stored.get(row.observableId());
            List<RelatedRecord> related = new ArrayList<>();
            var seen = new java.util.HashSet<String>();
            relatedOf.getOrDefault(o.id(), Map.of()).forEach((relatedId, via) -> {
                for (LinkRepository.Row l : byObservable.getOrDefault(relatedId, List.of())) {
                    String ref = l.recordKind() + " " + l.recordKey();
                    if (seen.add(ref)) {
                        related.add(new RelatedRecord(l.recordKind(), l.recordKey(), records.path(l.recordKind(), l.recordKey()),
                                via, relatedRows.get(relatedId).value().value()));
                    }
                    var values = sharedValues.computeIfAbsent(ref, k -> new ArrayList<>());
                    if (!values.contains(o.value().value())) {
                        values.add(o.value().value());
                    }
                }
            });
            // the count shown is of the records the viewer may read (this one among them), "more than the limit" past it
            int readable = ownLinks.tooCommon().contains(o.id()) ? limit + 1 : ownLinks.of(o.id()).size();
            result.add(new CorrelatedObservable(summaries.of(o, readable), status.get(o.id()), related));
        }
        List<Correlation.SharedRecord> sharedRecords = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        sharedValues.forEach((ref, values) -> {
            String kind = ref.substring(0, ref.indexOf(' '));
            String key = ref.substring(ref.indexOf(' ') + 1);
            sharedRecords.add(new Correlation.SharedRecord(kind, key, records.path(kind, key), values));
            counts.merge(kind, 1, Integer::sum);
        });
        return new Correlation(record, result, sharedRecords, counts, limit);
    }
}
