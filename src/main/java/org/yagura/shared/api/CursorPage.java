package org.yagura.shared.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a keyset-paginated list; {@code next} is the cursor of the following page, or null at the end. */
public record CursorPage<T>(List<T> items, @Nullable String next) {

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

    /** A page whose next cursor is {@code nextKey} (for orders that are not keyset orders, e.g. by relevance), or the last page. */
    public static <T> CursorPage<T> of(List<T> items, @Nullable List<String> nextKey) {
        return new CursorPage<>(items, nextKey == null ? null : CursorRequest.encode(nextKey));
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }
}
