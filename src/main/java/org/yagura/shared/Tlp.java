package org.yagura.shared;

import java.util.Locale;

/** Traffic Light Protocol 2.0 labels, from least to most restrictive. */
public enum Tlp {
    CLEAR, GREEN, AMBER, AMBER_STRICT, RED;

    /** The label as written in TLP 2.0, e.g. {@code TLP:AMBER+STRICT}. */
    public String label() {
        return "TLP:" + name().replace('_', '+');
    }

    /** Parses {@code AMBER+STRICT}, {@code tlp:amber+strict} or {@code AMBER_STRICT}. */
    public static Tlp parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("TLP:")) {
            s = s.substring(4);
        }
        return valueOf(s.replace('+', '_'));
    }
}
