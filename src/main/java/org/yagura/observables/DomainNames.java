package org.yagura.observables;

import com.google.common.net.InternetDomainName;
import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Domain and host names: full-width letters and dots folded, lower case, no trailing dot, IDN to punycode
 * with the Unicode form kept for display. A domain must end in a public suffix and have a registrable label.
 */
final class DomainNames {

    private DomainNames() {
    }

    static ObservableValue domain(String raw) {
        String ascii = ascii(raw, ObservableType.DOMAIN);
        if (!hasRegistrablePart(ascii)) {
            throw new InvalidObservable("observable.invalid.domain.suffix", raw);
        }
        return new ObservableValue(ObservableType.DOMAIN, ascii, IDN.toUnicode(ascii), null);
    }

    static ObservableValue hostname(String raw) {
        String ascii = ascii(raw, ObservableType.HOSTNAME);
        return new ObservableValue(ObservableType.HOSTNAME, ascii, IDN.toUnicode(ascii), null);
    }

    /** The canonical ASCII form of a host name, or an {@link InvalidObservable} for {@code type}. */
    static String ascii(String raw, ObservableType type) {
        String name = foldWidth(raw).toLowerCase(Locale.ROOT).replace('\u3002', '.');
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw InvalidObservable.of(type, raw);
        }
        if (!InternetDomainName.isValid(ascii) || !ascii.contains(".") && type == ObservableType.DOMAIN) {
            throw InvalidObservable.of(type, raw);
        }
        // IDNA 2003 maps some letters to others (ß to ss, mathematical letters to ASCII): that is a different
        // name, so it is rejected with the name it would become instead of being stored silently
        String roundTrip = IDN.toUnicode(ascii);
        if (!roundTrip.equals(name)) {
            throw new InvalidObservable("observable.invalid.name-mapped", raw, roundTrip);
        }
        return ascii;
    }

    /** NFKC, but only for full-width and half-width forms: other compatibility mappings would fold confusables. */
    private static String foldWidth(String raw) {
        var out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> out.append(c >= 0xFF01 && c <= 0xFFEF
                ? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC) : Character.toString(c)));
        return out.toString();
    }

    static boolean hasRegistrablePart(String ascii) {
        var suffix = EffectiveTldFinder.getEffectiveTLD(ascii, false);
        return suffix != null && !suffix.isException() && ascii.length() > suffix.getDomain().length()
                && ascii.endsWith("." + suffix.getDomain());
    }
}
