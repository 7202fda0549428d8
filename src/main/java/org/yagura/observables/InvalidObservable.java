package org.yagura.observables;

import java.util.List;

/** Thrown inside the parsers and turned into {@link Parsed.Rejected} at the front door. */
final class InvalidObservable extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    InvalidObservable(String messageKey, String... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    static InvalidObservable of(ObservableType type, String raw) {
        return new InvalidObservable("observable.invalid." + type.key(), raw);
    }

    Parsed.Rejected toRejected() {
        return new Parsed.Rejected(messageKey, arguments);
    }
}
