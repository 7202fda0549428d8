package org.yagura.observables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds observables in free text (reports, e-mails, chat), defanged or not, in English or Japanese.
 * Spans are claimed in a fixed order (URLs, e-mail addresses, IP addresses and CIDR blocks, CVE ids, hashes,
 * domains): what lies inside a claimed span is not extracted again, so the host of a URL is not also a domain.
 */
public final class Extractor {

    /** The types extraction can find. */
    public static final Set<ObservableType> EXTRACTABLE = EnumSet.of(ObservableType.URL, ObservableType.EMAIL,
            ObservableType.IPV4, ObservableType.IPV6, ObservableType.CIDR, ObservableType.CVE, ObservableType.MD5,
            ObservableType.SHA1, ObservableType.SHA256, ObservableType.SHA512, ObservableType.DOMAIN);

    private final Set<ObservableType> types;
    private final Canonicaliser canonicaliser = new Canonicaliser();

    /** An extractor for the given types; those outside {@link #EXTRACTABLE} are ignored. */
    public Extractor(Set<ObservableType> types) {
        this.types = types.isEmpty() ? EnumSet.noneOf(ObservableType.class) : EnumSet.copyOf(types);
    }

    /** An extractor for every extractable type. */
    public static Extractor all() {
        return new Extractor(EXTRACTABLE);
    }

    /** The observables in {@code text} in order of appearance, each type and value once, at its first position. */
    public List<ObservableCandidate> extract(String text) {
        String folded = TextPatterns.fold(text);
        var found = new ArrayList<ObservableCandidate>();
        var claimed = new boolean[text.length()];
        scan(folded, claimed, TextPatterns.URL, found, s -> typed(ObservableType.URL, s));
        scan(folded, claimed, TextPatterns.EMAIL, found, s -> typed(ObservableType.EMAIL, s));
        scan(folded, claimed, TextPatterns.IPV4, found, s -> typed(s.contains("/") ? ObservableType.CIDR : ObservableType.IPV4, s));
        scan(folded, claimed, TextPatterns.IPV6, found, s -> typed(s.contains("/") ? ObservableType.CIDR : ObservableType.IPV6, s));
        scan(folded, claimed, TextPatterns.CVE, found, s -> typed(ObservableType.CVE, s));
        scan(folded, claimed, TextPatterns.HEX, found, this::hash);
        scan(folded, claimed, TextPatterns.DOMAIN, found, this::domain);
        found.sort(Comparator.comparingInt(ObservableCandidate::start));
        var seen = new HashSet<String>();
        return found.stream().filter(c -> seen.add(c.type() + " " + c.value())).toList();
    }

    private void scan(String text, boolean[] claimed, Pattern pattern, List<ObservableCandidate> found, SpanReader reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = pattern == TextPatterns.URL ? TextPatterns.trimUrl(text, start, m.end()) : m.end();
            if (isClaimed(claimed, start, end)) {
                continue;
            }
            var value = reader.read(text.substring(start, end));
            if (value != null && types.contains(value.type())) {
                found.add(new ObservableCandidate(value.type(), value.value(), start, end));
                Arrays.fill(claimed, start, end, true);
            }
        }
    }

    private static boolean isClaimed(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface SpanReader {
        @Nullable ObservableValue read(String span);
    }

    private @Nullable ObservableValue typed(ObservableType type, String span) {
        return canonicaliser.parse(type, span) instanceof Parsed.Valid valid ? valid.value() : null;
    }

    private @Nullable ObservableValue hash(String span) {
        ObservableType type = switch (span.length()) {
            case 32 -> ObservableType.MD5;
            case 40 -> ObservableType.SHA1;
            case 64 -> ObservableType.SHA256;
            case 128 -> ObservableType.SHA512;
            default -> null;
        };
        return type == null ? null : typed(type, span);
    }

    /** Two-label names ending in a file extension that is also a TLD are file names unless someone defanged them. */
    private @Nullable ObservableValue domain(String span) {
        var value = typed(ObservableType.DOMAIN, span);
        if (value == null || TextPatterns.DEFANGED.matcher(span).find()) {
            return value;
        }
        String[] labels = value.value().split("\\.");
        boolean fileName = labels.length == 2
                && TextPatterns.FILE_EXTENSION_SUFFIXES.contains(labels[1].toLowerCase(Locale.ROOT));
        return fileName ? null : value;
    }
}
