package org.yagura.observables;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one item of a call with many values: {@code linked}, {@code existing} (already linked),
 * {@code recorded} or {@code invalid} with the reason in the caller's language and its message key.
 */
public record ItemResult(int index, String status, @Nullable UUID observableId, @Nullable ObservableType type,
        @Nullable String value, @Nullable String error, @Nullable String errorKey) {
}
