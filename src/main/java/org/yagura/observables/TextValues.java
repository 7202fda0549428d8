package org.yagura.observables;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Observables with a fixed textual format: hashes, fingerprints, CVE ids, registry keys, file names and the like. */
final class TextValues {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern SSDEEP = Pattern.compile("\\d{1,10}:[0-9A-Za-z+/]{1,64}:[0-9A-Za-z+/]{1,64}");
    private static final Pattern TLSH = Pattern.compile("(?i)(?:t1)?[0-9a-f]{70}");
    private static final Pattern CVE = Pattern.compile("(?i)CVE-\\d{4}-\\d{4,7}");
    private static final Pattern JA4 = Pattern.compile("[tqd][0-9s][0-9a-z][di]\\d{4}[0-9a-z]{2}_[0-9a-f]{12}_[0-9a-f]{12}");
    private static final Pattern BITCOIN = Pattern.compile("[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71}");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Map<String, String> HIVES = Map.of("HKLM", "HKEY_LOCAL_MACHINE", "HKCU", "HKEY_CURRENT_USER",
            "HKCR", "HKEY_CLASSES_ROOT", "HKU", "HKEY_USERS", "HKCC", "HKEY_CURRENT_CONFIG");

    private TextValues() {
    }

    static ObservableValue hash(ObservableType type, String raw) {
        int length = switch (type) {
            case MD5 -> 32;
            case SHA1 -> 40;
            case SHA256 -> 64;
            default -> 128;
        };
        if (raw.length() != length || !HEX.matcher(raw).matches()) {
            throw new InvalidObservable("observable.invalid." + type.key(), raw, String.valueOf(length));
        }
        return ObservableValue.of(type, raw.toLowerCase(Locale.ROOT));
    }

    static ObservableValue matching(ObservableType type, Pattern pattern, String raw) {
        if (!pattern.matcher(raw).matches()) {
            throw InvalidObservable.of(type, raw);
        }
        return ObservableValue.of(type, raw);
    }

    static ObservableValue ssdeep(String raw) {
        return matching(ObservableType.SSDEEP, SSDEEP, raw);
    }

    /** TLSH is written as the reference implementation prints it: {@code T1} and 70 upper-case hex digits. */
    static ObservableValue tlsh(String raw) {
        matching(ObservableType.TLSH, TLSH, raw);
        String hex = raw.length() == 72 ? raw.substring(2) : raw;
        return ObservableValue.of(ObservableType.TLSH, "T1" + hex.toUpperCase(Locale.ROOT));
    }

    static ObservableValue cve(String raw) {
        return ObservableValue.of(ObservableType.CVE, matching(ObservableType.CVE, CVE, raw).value().toUpperCase(Locale.ROOT));
    }

    /** A JA3 fingerprint is an MD5 in lower case; JA4 has its own three-part form. */
    static ObservableValue jaFingerprint(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.length() == 32 && HEX.matcher(lower).matches() || JA4.matcher(lower).matches()) {
            return ObservableValue.of(ObservableType.JA_FINGERPRINT, lower);
        }
        throw InvalidObservable.of(ObservableType.JA_FINGERPRINT, raw);
    }

    /** Legacy and SegWit addresses with a valid checksum; a Bech32 address may be written in upper case. */
    static ObservableValue bitcoin(String raw) {
        String value = raw.regionMatches(true, 0, "bc1", 0, 3) ? raw.toLowerCase(Locale.ROOT) : raw;
        matching(ObservableType.BITCOIN_ADDRESS, BITCOIN, value);
        if (!BitcoinAddresses.hasValidChecksum(value)) {
            throw InvalidObservable.of(ObservableType.BITCOIN_ADDRESS, raw);
        }
        return ObservableValue.of(ObservableType.BITCOIN_ADDRESS, value);
    }

    /** E.164 only: a plus sign and the full international number; spaces, dots, hyphens and parentheses are dropped. */
    static ObservableValue phone(String raw) {
        String digits = raw.replaceAll("[\\s.()\\-]", "");
        matching(ObservableType.PHONE_NUMBER, PHONE, digits);
        return ObservableValue.of(ObservableType.PHONE_NUMBER, digits);
    }

    static ObservableValue registryKey(String raw) {
        int slash = raw.indexOf('\\');
        String hive = (slash < 0 ? raw : raw.substring(0, slash)).toUpperCase(Locale.ROOT);
        String full = HIVES.getOrDefault(hive, hive);
        if (!HIVES.containsValue(full) || raw.endsWith("\\")) {
            throw InvalidObservable.of(ObservableType.REGISTRY_KEY, raw);
        }
        return ObservableValue.of(ObservableType.REGISTRY_KEY, full + (slash < 0 ? "" : raw.substring(slash)));
    }

    static ObservableValue fileName(String raw) {
        if (raw.length() > 255 || raw.indexOf('/') >= 0 || raw.indexOf('\\') >= 0 || hasControl(raw)
                || raw.equals(".") || raw.equals("..")) {
            throw InvalidObservable.of(ObservableType.FILE_NAME, raw);
        }
        return ObservableValue.of(ObservableType.FILE_NAME, raw);
    }

    static ObservableValue filePath(String raw) {
        if (raw.indexOf('/') < 0 && raw.indexOf('\\') < 0 || hasControl(raw)) {
            throw InvalidObservable.of(ObservableType.FILE_PATH, raw);
        }
        return ObservableValue.of(ObservableType.FILE_PATH, raw);
    }

    static ObservableValue freeText(ObservableType type, String raw) {
        if (hasControl(raw)) {
            throw InvalidObservable.of(type, raw);
        }
        return ObservableValue.of(type, raw);
    }

    static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }
}
