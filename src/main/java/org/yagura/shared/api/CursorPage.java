package org.yagura.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** One page of a keyset-paginated list; {@code next} is the cursor of the following page, or null at the end. */
public record CursorPage<T>(List<T> items, @Nullable String next) {

    /** The most rows {@link #filled} fetches at once when access checks drop many. */
    private static final int MAX_BATCH = 1_000;

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from rows fetched with {@link CursorRequest#fetchSize()}: the extra row, if any,
     * only tells that a next page exists; the cursor is the key of the last row kept.
     */
    public static <T> CursorPage<T> of(List<T> fetched, CursorRequest request, Function<T, List<String>> keyOf) {
        if (fetched.size() <= request.limit()) {
            return new CursorPage<>(fetched, null);
        }
        List<T> kept = fetched.subList(0, request.limit());
        return new CursorPage<>(kept, CursorRequest.encode(keyOf.apply(kept.get(kept.size() - 1))));
    }

    /**
     * Builds a page from a keyset-ordered source whose rows are then checked one by one ({@code keep}: the
     * access rules that SQL does not express). When checks drop rows, further rows are fetched after the
     * last one read, in growing batches, until the page is full or the source ends: a reader who may see
     * only some rows still gets full pages and a next cursor exactly when more readable rows follow.
     *
     * @param fetchAfter rows after the given row (null: after the request's own cursor), at most the given count
     */
    public static <T> CursorPage<T> filled(CursorRequest request, BiFunction<@Nullable T, Integer, List<T>> fetchAfter,
            Predicate<T> keep, Function<T, List<String>> keyOf) {
        List<T> kept = new ArrayList<>(request.fetchSize());
        T last = null;
        int batch = request.fetchSize();
        while (true) {
            List<T> fetched = fetchAfter.apply(last, batch);
            for (T row : fetched) {
                if (keep.test(row)) {
                    kept.add(row);
                    if (kept.size() == request.fetchSize()) {
                        return of(kept, request, keyOf);
                    }
                }
            }
            if (fetched.size() < batch) {
                return of(kept, request, keyOf);
            }
            last = fetched.get(fetched.size() - 1);
            batch = Math.min(batch * 2, MAX_BATCH);
        }
    }

    /** A page whose next cursor is {@code nextKey} (for orders that are not keyset orders, e.g. by relevance), or the last page. */
    public static <T> CursorPage<T> of(List<T> items, @Nullable List<String> nextKey) {
        return new CursorPage<>(items, nextKey == null ? null : CursorRequest.encode(nextKey));
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }
}
