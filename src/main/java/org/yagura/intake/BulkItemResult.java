package org.yagura.intake;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one item of a bulk submission: {@code created}, {@code existing} (the same source and
 * external reference was already received) or {@code invalid} with the reason per field.
 */
public record BulkItemResult(int index, String status, @Nullable String key, List<Map<String, String>> errors) {
}
