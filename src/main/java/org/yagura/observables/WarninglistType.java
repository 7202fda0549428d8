package org.yagura.observables;

import java.util.Locale;

/** How a warninglist's entries are compared with a value, as in the MISP warninglist format. */
public enum WarninglistType {
    /** The whole value equals an entry (case-insensitive); an entry starting with a dot matches names below it. */
    STRING,
    /** An entry occurs somewhere in the value (case-insensitive). */
    SUBSTRING,
    /** The host of the value (a name, a URL's host, an e-mail domain) is an entry or a name below one. */
    HOSTNAME,
    /** An address, or a whole CIDR block, lies inside an entry's block. */
    CIDR,
    /** An entry, a regular expression ({@code /…/i} or plain), finds a match in the value. */
    REGEX;

    /** The type as written in a MISP {@code list.json}: {@code string}, {@code cidr}, …. */
    public String misp() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code cidr}, {@code CIDR}, …; an unknown type is a 400. */
    public static WarninglistType ofMisp(String type) {
        try {
            return valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.yagura.shared.api.BadRequestException("observable.warninglist.type.invalid", type);
        }
    }
}
