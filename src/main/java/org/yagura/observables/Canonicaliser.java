package org.yagura.observables;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The front door of the value layer: validates raw values into their canonical form, infers types and defangs. */
public final class Canonicaliser {

    /** Longer values are rejected before any parsing. */
    public static final int MAX_LENGTH = 8_192;

    private static final Set<ObservableType> FANGED = Set.of(ObservableType.IPV4, ObservableType.IPV6,
            ObservableType.CIDR, ObservableType.DOMAIN, ObservableType.HOSTNAME, ObservableType.URL, ObservableType.EMAIL);

    // the order in which infer tries types: the most specific formats first, free text never
    private static final List<ObservableType> INFERENCE_ORDER = List.of(ObservableType.URL, ObservableType.EMAIL,
            ObservableType.CIDR, ObservableType.IPV4, ObservableType.IPV6, ObservableType.CVE, ObservableType.MD5,
            ObservableType.SHA1, ObservableType.SHA256, ObservableType.SHA512, ObservableType.TLSH, ObservableType.SSDEEP,
            ObservableType.JA_FINGERPRINT, ObservableType.MAC_ADDRESS, ObservableType.ASN, ObservableType.REGISTRY_KEY,
            ObservableType.BITCOIN_ADDRESS, ObservableType.PHONE_NUMBER, ObservableType.DOMAIN, ObservableType.FILE_PATH);

    /** Parses {@code raw} as {@code type}; {@link ObservableType#OTHER} needs {@link #parseOther}. */
    public Parsed parse(ObservableType type, String raw) {
        return parse(type, raw, null);
    }

    /** Parses a value of a type Yagura does not know, named {@code typeName}. */
    public Parsed parseOther(String typeName, String raw) {
        return parse(ObservableType.OTHER, raw, typeName);
    }

    /** The most likely type of {@code raw} and its canonical value, or empty when no typed format fits. */
    public Optional<ObservableValue> infer(String raw) {
        for (ObservableType type : INFERENCE_ORDER) {
            if (parse(type, raw) instanceof Parsed.Valid valid) {
                return Optional.of(valid.value());
            }
        }
        return Optional.empty();
    }

    /** The value defanged for display: {@code hxxps://evil[.]example/}, {@code taro[at]example[.]jp}. */
    public String defang(ObservableValue value) {
        return Fanging.defang(value);
    }

    private Parsed parse(ObservableType type, String raw, @Nullable String otherType) {
        if (raw.length() > MAX_LENGTH) {
            return new Parsed.Rejected("observable.invalid.too-long",
                    List.of(String.valueOf(MAX_LENGTH), String.valueOf(raw.length())));
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return new Parsed.Rejected("observable.invalid.empty", List.of());
        }
        try {
            return new Parsed.Valid(canonical(type, FANGED.contains(type) ? Fanging.refang(value) : value, otherType));
        } catch (InvalidObservable e) {
            return e.toRejected();
        }
    }

    private static ObservableValue canonical(ObservableType type, String v, @Nullable String otherType) {
        return switch (type) {
            case IPV4 -> NetworkValues.ipv4(v);
            case IPV6 -> NetworkValues.ipv6(v);
            case CIDR -> NetworkValues.cidr(v);
            case MAC_ADDRESS -> NetworkValues.mac(v);
            case ASN -> NetworkValues.asn(v);
            case DOMAIN -> DomainNames.domain(v);
            case HOSTNAME -> DomainNames.hostname(v);
            case URL -> WebAddresses.url(v);
            case EMAIL -> WebAddresses.email(v);
            case MD5, SHA1, SHA256, SHA512 -> TextValues.hash(type, v);
            case SSDEEP -> TextValues.ssdeep(v);
            case TLSH -> TextValues.tlsh(v);
            case CVE -> TextValues.cve(v);
            case JA_FINGERPRINT -> TextValues.jaFingerprint(v);
            case BITCOIN_ADDRESS -> TextValues.bitcoin(v);
            case PHONE_NUMBER -> TextValues.phone(v);
            case REGISTRY_KEY -> TextValues.registryKey(v);
            case FILE_NAME -> TextValues.fileName(v);
            case FILE_PATH -> TextValues.filePath(v);
            case USER_AGENT -> TextValues.freeText(type, v);
            case OTHER -> other(v, otherType);
        };
    }

    private static ObservableValue other(String v, @Nullable String otherType) {
        if (otherType == null || otherType.isBlank() || otherType.length() > 64) {
            throw new InvalidObservable("observable.invalid.other-type", String.valueOf(otherType));
        }
        var value = TextValues.freeText(ObservableType.OTHER, v);
        return new ObservableValue(ObservableType.OTHER, value.value(), value.display(), otherType.strip());
    }
}
