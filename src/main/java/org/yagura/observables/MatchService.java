package org.yagura.observables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * value's hash), plus the stored CIDR blocks containing each address or block, and for a block the stored
 * addresses and narrower blocks inside it (index range scans). Every record listed is one the caller may read, and
 * "too common" is decided on those records alone. Writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class MatchService {

    /** Most values per call. */
    public static final int MAX_VALUES = 100_000;

    private final ObservableRepository observables;
    private final ReadableLinks readableLinks;
    private final LinkedRecords records;
    private final Warninglists warninglists;
    private final Summaries summaries;
    private final ObservablesSettings settings;
    private final Visibility visibility;
    private final ValueReader reader = new ValueReader();

    MatchService(ObservableRepository observables, ReadableLinks readableLinks, LinkedRecords records, Warninglists warninglists,
            Summaries summaries, ObservablesSettings settings, Visibility visibility) {
        this.visibility = visibility;
        this.observables = observables;
        this.readableLinks = readableLinks;
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
        int limit = settings.tooCommon();
        var parsed = new ArrayList<Parsed>(items.size());
        var ids = new HashSet<UUID>();
        Map<Integer, List<UUID>> blocksOf = new HashMap<>();
        Map<UUID, ObservableValue> sentBlocks = new HashMap<>();
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
                if (v.value().type() == ObservableType.CIDR) {
                    sentBlocks.put(ObservableIds.of(v.value()), v.value());
                }
            }
        }
        Map<UUID, StoredObservable> stored = observables.findAll(ids);
        // the reverse of containment: stored addresses and narrower blocks inside each sent block, by index range
        // scans of at most the limit plus one rows; a block with more than the limit inside is too broad to fan out
        Map<UUID, List<StoredObservable>> inside = observables.inside(sentBlocks, limit + 1);
        inside.values().removeIf(values -> values.size() > limit);
        inside.values().forEach(values -> values.forEach(v -> stored.putIfAbsent(v.id(), v)));
        ReadableLinks.FanOut fanOut = readableLinks.fanOut(viewer, stored.values(), limit);
        Set<UUID> known = known(viewer, parsed, stored, fanOut);
        var results = new ArrayList<MatchResult>(items.size());
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) instanceof Parsed.Rejected r) {
                results.add(new MatchResult(i, null, null, summaries.reason(r), r.messageKey(), List.of(), false, false, List.of()));
                continue;
            }
            ObservableValue value = ((Parsed.Valid) parsed.get(i)).value();
            UUID id = ObservableIds.of(value);
            StoredObservable o = known.contains(id) ? stored.get(id) : null;
            var refs = new LinkedHashSet<MatchResult.Ref>();
            boolean tooCommon = o != null && fanOut.tooCommon().contains(id);
            if (o != null && !tooCommon) {
                addRefs(refs, fanOut.of(id), "same");
            }
            for (UUID block : blocksOf.getOrDefault(i, List.of())) {
                addRefs(refs, fanOut.of(block), "cidr");
            }
            for (StoredObservable within : inside.getOrDefault(id, List.of())) {
                addRefs(refs, fanOut.of(within.id()), "inside");
            }
            results.add(new MatchResult(i, value.type(), value.value(), null, null, matcher.hits(value), o != null, tooCommon,
                    List.copyOf(refs)));
        }
        return results;
    }

    /** The sent values the viewer may know are stored: a readable link decides (too common: many), else {@link Visibility}. */
    private Set<UUID> known(Viewer viewer, List<Parsed> parsed, Map<UUID, StoredObservable> stored, ReadableLinks.FanOut fanOut) {
        Set<UUID> known = new HashSet<>();
        Map<UUID, StoredObservable> undecided = new HashMap<>();
        for (Parsed p : parsed) {
            StoredObservable o = p instanceof Parsed.Valid v ? stored.get(ObservableIds.of(v.value())) : null;
            if (o == null) {
                continue;
            }
            if (!fanOut.of(o.id()).isEmpty() || fanOut.tooCommon().contains(o.id())) {
                known.add(o.id());
            } else {
                undecided.put(o.id(), o);
            }
        }
        known.addAll(visibility.known(viewer, undecided.values()));
        return known;
    }

    /** Adds the records of readable links (a record found twice the same way is listed once). */
    private static void addRefs(Set<MatchResult.Ref> refs, List<LinkRepository.Row> readable, String via) {
        readable.forEach(l -> refs.add(new MatchResult.Ref(l.recordKind(), l.recordKey(), via)));
    }
}
