package org.yagura.observables;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/** Reading warninglist entries: host names, CIDR blocks and MISP-style regular expressions. */
final class WarninglistEntries {

    /** Entries over this length are refused: no sensible list entry is longer. */
    static final int MAX_ENTRY = 1000;
    private static final Pattern DELIMITED = Pattern.compile("/(.*)/([imsx]*)", Pattern.DOTALL);

    private WarninglistEntries() {
    }

    /** The host of a URL or of a hostname entry: lower case, without scheme, path, port, leading {@code *.}/{@code .} or trailing dot. */
    static String hostOf(String entry) {
        String s = entry.strip().toLowerCase(Locale.ROOT);
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int end = 0;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        s = s.substring(0, end);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        if (!s.startsWith("[")) {
            int colon = s.lastIndexOf(':');
            if (colon > 0 && s.indexOf(':') == colon) {
                s = s.substring(0, colon);
            }
        }
        if (s.startsWith("*.")) {
            s = s.substring(2);
        }
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** An address or CIDR block entry as a block, or null when it is neither. */
    static @Nullable IPAddress block(String entry) {
        IPAddress address = new IPAddressString(entry.strip()).getAddress();
        return address == null ? null : address.toPrefixBlock();
    }

    /** A Java pattern for one entry: {@code /…/flags} as MISP writes them, or a plain expression. */
    static Pattern regex(String entry) {
        var m = DELIMITED.matcher(entry.strip());
        if (!m.matches()) {
            return Pattern.compile(entry.strip());
        }
        int flags = 0;
        for (char f : m.group(2).toCharArray()) {
            flags |= switch (f) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                default -> Pattern.COMMENTS;
            };
        }
        return Pattern.compile(m.group(1), flags);
    }

    /** All entries of a regex list as one alternation, each with its own flags; invalid entries are left out. */
    static @Nullable Pattern combinedRegex(List<String> entries) {
        var parts = new StringBuilder();
        for (String entry : entries) {
            try {
                Pattern p = regex(entry);
                String flags = ((p.flags() & Pattern.CASE_INSENSITIVE) != 0 ? "iu" : "")
                        + ((p.flags() & Pattern.MULTILINE) != 0 ? "m" : "") + ((p.flags() & Pattern.DOTALL) != 0 ? "s" : "")
                        + ((p.flags() & Pattern.COMMENTS) != 0 ? "x" : "");
                parts.append(parts.isEmpty() ? "" : "|").append("(?").append(flags).append(":").append(p.pattern()).append(")");
            } catch (PatternSyntaxException e) {
                // an invalid entry in a shipped list matches nothing; administrators cannot add one (see problem)
            }
        }
        return parts.isEmpty() ? null : Pattern.compile(parts.toString());
    }

    /** Why an entry cannot go on a list of this type, as a message key, or null when it can. */
    static @Nullable String problem(WarninglistType type, String entry) {
        String e = entry.strip();
        if (e.isEmpty() || e.length() > MAX_ENTRY || e.chars().anyMatch(Character::isISOControl)) {
            return "observable.warninglist.entry.invalid";
        }
        return switch (type) {
            case CIDR -> block(e) == null ? "observable.warninglist.entry.cidr" : null;
            case HOSTNAME -> hostOf(e).isEmpty() ? "observable.warninglist.entry.hostname" : null;
            case REGEX -> {
                try {
                    regex(e);
                    yield null;
                } catch (PatternSyntaxException ex) {
                    yield "observable.warninglist.entry.regex";
                }
            }
            default -> null;
        };
    }
}
