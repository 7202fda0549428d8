package org.yagura.observables;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one matched value: its canonical form (or why it is invalid), the warninglists it is on,
 * whether it is stored (as far as the caller may know: a value tied only to records they may not read is not), and
 * the records the caller may read that hold it, a stored block containing it, or (for a block) a stored address or
 * narrower block inside it. A value linked to more records the caller may read than the limit is {@code tooCommon}
 * and lists none of its own (nor does a containing block or value inside that is too common).
 */
public record MatchResult(int index, @Nullable ObservableType type, @Nullable String value, @Nullable String error,
        @Nullable String errorKey, List<String> warninglists, boolean known, boolean tooCommon, List<Ref> records) {

    /**
     * A record by kind and key; {@code via} is {@code same} (holds the value), {@code cidr} (holds a stored block
     * containing it) or {@code inside} (holds a stored address or narrower block inside the sent block).
     */
    public record Ref(String kind, String key, String via) {
    }
}
