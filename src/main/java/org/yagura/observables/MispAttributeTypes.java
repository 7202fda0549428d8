package org.yagura.observables;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** MISP attribute types ({@code ip-dst}, {@code filename|sha256}, …) as Yagura observable types. */
final class MispAttributeTypes {

    private static final Set<ObservableType> ADDRESSES = EnumSet.of(ObservableType.IPV4, ObservableType.IPV6, ObservableType.CIDR);
    private static final Map<String, Set<ObservableType>> TYPES = Map.ofEntries(
            Map.entry("ip-src", ADDRESSES), Map.entry("ip-dst", ADDRESSES),
            Map.entry("ip-src|port", ADDRESSES), Map.entry("ip-dst|port", ADDRESSES),
            Map.entry("domain|ip", EnumSet.of(ObservableType.DOMAIN, ObservableType.HOSTNAME, ObservableType.IPV4,
                    ObservableType.IPV6)),
            Map.entry("domain", EnumSet.of(ObservableType.DOMAIN)), Map.entry("hostname", EnumSet.of(ObservableType.HOSTNAME)),
            Map.entry("url", EnumSet.of(ObservableType.URL)), Map.entry("uri", EnumSet.of(ObservableType.URL)),
            Map.entry("link", EnumSet.of(ObservableType.URL)),
            Map.entry("md5", EnumSet.of(ObservableType.MD5)), Map.entry("sha1", EnumSet.of(ObservableType.SHA1)),
            Map.entry("sha256", EnumSet.of(ObservableType.SHA256)), Map.entry("sha512", EnumSet.of(ObservableType.SHA512)),
            Map.entry("ssdeep", EnumSet.of(ObservableType.SSDEEP)), Map.entry("tlsh", EnumSet.of(ObservableType.TLSH)),
            Map.entry("email", EnumSet.of(ObservableType.EMAIL)), Map.entry("email-src", EnumSet.of(ObservableType.EMAIL)),
            Map.entry("email-dst", EnumSet.of(ObservableType.EMAIL)), Map.entry("as", EnumSet.of(ObservableType.ASN)),
            Map.entry("filename", EnumSet.of(ObservableType.FILE_NAME)), Map.entry("btc", EnumSet.of(ObservableType.BITCOIN_ADDRESS)),
            Map.entry("phone-number", EnumSet.of(ObservableType.PHONE_NUMBER)),
            Map.entry("mac-address", EnumSet.of(ObservableType.MAC_ADDRESS)),
            Map.entry("ja3-fingerprint-md5", EnumSet.of(ObservableType.JA_FINGERPRINT)),
            Map.entry("user-agent", EnumSet.of(ObservableType.USER_AGENT)),
            Map.entry("regkey", EnumSet.of(ObservableType.REGISTRY_KEY)),
            Map.entry("vulnerability", EnumSet.of(ObservableType.CVE)));

    private MispAttributeTypes() {
    }

    /** The observable types of MISP attribute types; {@code filename|md5} counts as {@code md5}, unknown types as none. */
    static Set<ObservableType> of(List<String> attributes) {
        Set<ObservableType> types = EnumSet.noneOf(ObservableType.class);
        for (String attribute : attributes) {
            String a = attribute.toLowerCase(Locale.ROOT).strip();
            if (a.startsWith("filename|")) {
                a = a.substring("filename|".length());
            }
            types.addAll(TYPES.getOrDefault(a, Set.of()));
        }
        return types;
    }
}
