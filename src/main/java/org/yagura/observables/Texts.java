package org.yagura.observables;

/** Shortening values for audit summaries and messages: a 1 MB value must not become a 1 MB audit entry. */
final class Texts {

    private Texts() {
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
