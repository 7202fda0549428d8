package org.yagura.observables;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.MACAddressString;
import java.util.Locale;

/** IP addresses, CIDR blocks, MAC addresses and AS numbers, parsed with seancfoley's ipaddress. */
final class NetworkValues {

    private static final long MAX_ASN = 4_294_967_295L;
    private static final IPAddressStringParameters ADDRESS = params(false);
    private static final IPAddressStringParameters BLOCK = params(true);

    private NetworkValues() {
    }

    private static IPAddressStringParameters params(boolean prefix) {
        // only the dotted-quad and RFC 4291 forms analysts actually write; "1.2.3" or "010.1.1.1" are rejected, not guessed
        return new IPAddressStringParameters.Builder()
                .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowMask(false)
                .allowPrefix(prefix).allowPrefixOnly(false).allowWildcardedSeparator(false)
                .getIPv4AddressParametersBuilder().allow_inet_aton(false).allowLeadingZeros(false)
                .allowWildcardedSeparator(false).getParentBuilder()
                .toParams();
    }

    static ObservableValue ipv4(String raw) {
        IPAddress address = new IPAddressString(raw, ADDRESS).getAddress();
        if (address == null || !address.isIPv4()) {
            throw InvalidObservable.of(ObservableType.IPV4, raw);
        }
        return ObservableValue.of(ObservableType.IPV4, address.toCanonicalString());
    }

    static ObservableValue ipv6(String raw) {
        IPAddress address = new IPAddressString(raw, ADDRESS).getAddress();
        if (address == null || !address.isIPv6()) {
            throw InvalidObservable.of(ObservableType.IPV6, raw);
        }
        return ObservableValue.of(ObservableType.IPV6, address.toCanonicalString());
    }

    static ObservableValue cidr(String raw) {
        IPAddress address = raw.contains("/") ? new IPAddressString(raw, BLOCK).getAddress() : null;
        if (address == null || address.getNetworkPrefixLength() == null) {
            throw InvalidObservable.of(ObservableType.CIDR, raw);
        }
        return ObservableValue.of(ObservableType.CIDR, address.toPrefixBlock().toCanonicalString());
    }

    static ObservableValue mac(String raw) {
        var address = new MACAddressString(raw).getAddress();
        if (address == null || address.isMultiple() || address.getSegmentCount() != 6) {
            throw InvalidObservable.of(ObservableType.MAC_ADDRESS, raw);
        }
        return ObservableValue.of(ObservableType.MAC_ADDRESS, address.toColonDelimitedString().toLowerCase(Locale.ROOT));
    }

    static ObservableValue asn(String raw) {
        String digits = raw.regionMatches(true, 0, "AS", 0, 2) ? raw.substring(2) : raw;
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || (digits.length() > 1 && digits.charAt(0) == '0') || Long.parseLong(digits) > MAX_ASN) {
            throw InvalidObservable.of(ObservableType.ASN, raw);
        }
        return ObservableValue.of(ObservableType.ASN, "AS" + digits);
    }
}
