package org.yagura.shared.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A keyset page request from {@code ?limit=&cursor=}. The cursor is opaque to clients: the sort key
 * values of the last row of the previous page, base64url-encoded.
 */
public record CursorRequest(int limit, List<String> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final char SEPARATOR = '\u001f';

    public CursorRequest {
        after = List.copyOf(after);
    }

    /** Validates and decodes query parameters; a bad limit or cursor is a 400. */
    public static CursorRequest of(@Nullable Integer limit, @Nullable String cursor) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw new BadRequestException("error.cursor.limit", 1, MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return new CursorRequest(l, List.of());
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return new CursorRequest(l, Arrays.asList(decoded.split(String.valueOf(SEPARATOR), -1)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    public static CursorRequest first(int limit) {
        return new CursorRequest(limit, List.of());
    }

    /** True when this is the first page (no cursor). */
    public boolean isFirst() {
        return after.isEmpty();
    }

    /** The i-th sort key value of the last row seen; a cursor with too few values is a 400. */
    public String after(int i) {
        if (i >= after.size()) {
            throw new BadRequestException("error.cursor.invalid");
        }
        return after.get(i);
    }

    /** How many rows to fetch: one more than the limit, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(List<String> key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), key).getBytes(StandardCharsets.UTF_8));
    }
}
