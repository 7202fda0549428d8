package org.yagura.observables;

import com.google.common.net.InternetDomainName;
import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Domain and host names: NFKC (full-width letters and dots), lower case, no trailing dot, IDN to punycode
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
        String name = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        try {
            // Java's IDNA 2003 implementation maps the ideographic full stop and refuses invalid labels
            String ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            if (!InternetDomainName.isValid(ascii) || !ascii.contains(".") && type == ObservableType.DOMAIN) {
                throw InvalidObservable.of(type, raw);
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            throw InvalidObservable.of(type, raw);
        }
    }

    static boolean hasRegistrablePart(String ascii) {
        var suffix = EffectiveTldFinder.getEffectiveTLD(ascii, false);
        return suffix != null && !suffix.isException() && ascii.length() > suffix.getDomain().length()
                && ascii.endsWith("." + suffix.getDomain());
    }
}
