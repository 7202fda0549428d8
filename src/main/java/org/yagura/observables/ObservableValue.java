package org.yagura.observables;

import org.jspecify.annotations.Nullable;

/**
 * A validated observable in its canonical form; {@code display} is the form shown to people
 * (the Unicode spelling of an IDN, for example) and {@code otherType} names the type of an {@link ObservableType#OTHER}.
 */
public record ObservableValue(ObservableType type, String value, String display, @Nullable String otherType) {

    static ObservableValue of(ObservableType type, String value) {
        return new ObservableValue(type, value, value, null);
    }
}
