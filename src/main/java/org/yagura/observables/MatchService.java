package org.yagura.observables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.Viewer;
import org.yagura.shared.api.YaguraException;

/**
 * Bulk matching: many values at once against the store, by primary-key lookups in chunks (the id is the
 * value's hash), plus the stored CIDR blocks containing each address. Writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class MatchService {

    /** Most values per call. */
    public static final int MAX_VALUES = 100_000;

    private final ObservableRepository observables;
    private final LinkRepository links;
    private final LinkedRecords records;
    private final Warninglists warninglists;
    private final Summaries summaries;
    private final ObservablesSettings settings;
    private final Visibility visibility;
    private final ValueReader reader = new ValueReader();

    MatchService(ObservableRepository observables, LinkRepository links, LinkedRecords records, Warninglists warninglists,
            Summaries summaries, ObservablesSettings settings, Visibility visibility) {
        this.visibility = visibility;
        this.observables = observables;
        this.links = links;
        this.records = records;
        this.warninglists = warninglists;
        this.summaries = summaries;
        this.settings = settings;
    }

    /** Matches up to {@link #MAX_VALUES} values; more is refused whole (413). Invalid items get their reason. */
    @PreAuthorize("hasRole('OBSERVER')")
    public List<MatchResult> match(List<MatchItem> items) {
        if (items.size() > MAX_VALUES) {
            throw new YaguraException(HttpStatus.PAYLOAD_TOO_LARGE, "observable.match.too-many", MAX_VALUES);
        }
        Viewer viewer = records.viewer();
        WarninglistMatcher matcher = warninglists.matcher();
        Map<Integer, List<Integer>> prefixes = observables.cidrPrefixes();
        var parsed = new ArrayList<Parsed>(items.size());
        var ids = new HashSet<UUID>();
        Map<Integer, List<UUID>> blocksOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MatchItem item = items.get(i);
            Parsed p = item == null ? reader.read(null, null, null) : reader.read(item.type(), item.otherType(), item.value());
            parsed.add(p);
            if (p instanceof Parsed.Valid v) {
                ids.add(ObservableIds.of(v.value()));
                List<UUID> blocks = Correlatables.containingBlocks(v.value(), prefixes);
                if (!blocks.isEmpty()) {
                    blocksOf.put(i, blocks);
                    ids.addAll(blocks);
                }
            }
        }
        Map<UUID, StoredObservable> stored = observables.findAll(ids);
        int limit = settings.tooCommon();
        List<UUID> fanOut = stored.values().stream().filter(o -> o.recordCount() <= limit).map(StoredObservable::id).toList();
        Map<UUID, List<LinkRepository.Row>> linksOf = new HashMap<>();
        Map<String, Set<UUID>> idsByKind = new HashMap<>();
        for (LinkRepository.Row l : links.ofObservables(fanOut)) {
            linksOf.computeIfAbsent(l.observableId(), k -> new ArrayList<>()).add(l);
            idsByKind.computeIfAbsent(l.recordKind(), k -> new HashSet<>()).add(l.recordId());
        }
        Map<String, Set<UUID>> visible = records.visible(viewer, idsByKind);
        Set<UUID> known = known(viewer, parsed, stored, linksOf, visible);
        var results = new ArrayList<MatchResult>(items.size());
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) instanceof Parsed.Rejected r) {
                results.add(new MatchResult(i, null, null, summaries.reason(r), r.messageKey(), List.of(), false, false, List.of()));
                continue;
            }
            ObservableValue value = ((Parsed.Valid) parsed.get(i)).value();
            StoredObservable o = known.contains(ObservableIds.of(value)) ? stored.get(ObservableIds.of(value)) : null;
            var refs = new ArrayList<MatchResult.Ref>();
            boolean tooCommon = o != null && o.recordCount() > limit;
            if (o != null && !tooCommon) {
                addRefs(refs, linksOf.get(o.id()), visible, "same");
            }
            for (UUID block : blocksOf.getOrDefault(i, List.of())) {
                StoredObservable b = stored.get(block);
                if (b != null && b.recordCount() <= limit) {
                    addRefs(refs, linksOf.get(block), visible, "cidr");
                }
            }
            results.add(new MatchResult(i, value.type(), value.value(), null, null, matcher.hits(value), o != null, tooCommon, refs));
        }
        return results;
    }

    /** The matched values the viewer may know are stored: one readable link decides, else {@link Visibility}. */
    private Set<UUID> known(Viewer viewer, List<Parsed> parsed, Map<UUID, StoredObservable> stored,
            Map<UUID, List<LinkRepository.Row>> linksOf, Map<String, Set<UUID>> visible) {
        Set<UUID> known = new HashSet<>();
        Map<UUID, StoredObservable> undecided = new HashMap<>();
        for (Parsed p : parsed) {
            if (p instanceof Parsed.Valid v && stored.get(ObservableIds.of(v.value())) != null) {
                StoredObservable o = stored.get(ObservableIds.of(v.value()));
                boolean readable = linksOf.getOrDefault(o.id(), List.of()).stream()
                        .anyMatch(l -> visible.getOrDefault(l.recordKind(), Set.of()).contains(l.recordId()));
                if (readable) {
                    known.add(o.id());
                } else {
                    undecided.put(o.id(), o);
                }
            }
        }
        known.addAll(visibility.known(viewer, undecided.values()));
        return known;
    }

    private static void addRefs(List<MatchResult.Ref> refs, List<LinkRepository.Row> rows, Map<String, Set<UUID>> visible, String via) {
        if (rows == null) {
            return;
        }
        for (LinkRepository.Row l : rows) {
            if (visible.getOrDefault(l.recordKind(), Set.of()).contains(l.recordId())) {
                refs.add(new MatchResult.Ref(l.recordKind(), l.recordKey(), via));
            }
        }
    }
}
