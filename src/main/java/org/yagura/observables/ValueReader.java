package org.yagura.observables;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads a value as sent by a client: with a type name (any case, {@code ipv4} or {@code ip-dst}-free names only) or inferred. */
final class ValueReader {

    private final Canonicaliser canonicaliser = new Canonicaliser();

    Parsed read(@Nullable String type, @Nullable String otherType, @Nullable String raw) {
        if (raw == null) {
            return new Parsed.Rejected("observable.invalid.empty", List.of());
        }
        if (raw.length() > Canonicaliser.MAX_LENGTH) {
            return canonicaliser.parse(ObservableType.OTHER, raw);
        }
        if (type == null || type.isBlank()) {
            return canonicaliser.infer(raw).<Parsed>map(Parsed.Valid::new)
                    .orElseGet(() -> new Parsed.Rejected("observable.invalid.unrecognised", List.of(Texts.abbreviate(raw.strip(), 200))));
        }
        ObservableType t;
        try {
            t = ObservableType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return new Parsed.Rejected("observable.invalid.type", List.of(Texts.abbreviate(type, 64)));
        }
        Parsed parsed = t == ObservableType.OTHER ? canonicaliser.parseOther(otherType == null ? "" : otherType, raw)
                : canonicaliser.parse(t, raw);
        if (parsed instanceof Parsed.Rejected r && !r.arguments().isEmpty()) {
            // the value is echoed in the reason: keep a hostile 8 KB value from being echoed whole
            return new Parsed.Rejected(r.messageKey(), r.arguments().stream().map(a -> Texts.abbreviate(a, 200)).toList());
        }
        return parsed;
    }
}
