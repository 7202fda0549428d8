package org.yagura.observables;

import java.util.List;

/** The outcome of parsing a raw value: the canonical value, or a localisable reason for rejecting it. */
public sealed interface Parsed permits Parsed.Valid, Parsed.Rejected {

    record Valid(ObservableValue value) implements Parsed {
    }

    /** {@code messageKey} is in {@code i18n/observables/messages_*.properties}; arguments fill its placeholders. */
    record Rejected(String messageKey, List<String> arguments) implements Parsed {
    }
}
