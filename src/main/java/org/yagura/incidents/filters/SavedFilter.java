package org.yagura.incidents.filters;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A saved filter as its reader sees it: the filter fields ({@code queue}, {@code status}, … {@code q}),
 * the same fields as a query string for the list page, the team it is shared with (none: private),
 * whether the reader owns it and whether it is the reader's default.
 */
public record SavedFilter(UUID id, String name, Map<String, String> filter, String query, String owner,
        @Nullable UUID teamId, boolean mine, boolean isDefault, Instant createdAt, Instant updatedAt, long version) {
}
