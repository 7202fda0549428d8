package org.yagura.observables;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one matched value: its canonical form (or why it is invalid), the warninglists it is on,
 * whether it is stored (as far as the caller may know: a value tied only to records they may not read is not), and the records holding it (or a stored block containing it) that the caller may see.
 * A value linked to more records than the limit is {@code tooCommon} and lists none.
 */
public record MatchResult(int index, @Nullable ObservableType type, @Nullable String value, @Nullable String error,
        @Nullable String errorKey, List<String> warninglists, boolean known, boolean tooCommon, List<Ref> records) {

    /** A record by kind and key; {@code via} is {@code same} or {@code cidr}. */
    public record Ref(String kind, String key, String via) {
    }
}
