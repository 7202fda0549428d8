package org.yagura.observables;

import org.jspecify.annotations.Nullable;

/** One value to match: as written (defanged is fine), with its type or none to infer it. */
public record MatchItem(@Nullable String value, @Nullable String type, @Nullable String otherType) {
}
