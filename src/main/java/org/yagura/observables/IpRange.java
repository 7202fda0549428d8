package org.yagura.observables;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The numeric range an address or block covers: family 4 or 6, first and last address as unsigned integers.
 * Stored beside the observable so that containment is a range predicate on an index.
 */
record IpRange(int family, BigInteger start, BigInteger end) {

    /** The range of an IPv4/IPv6 address or a CIDR block; null for other types. */
    static @Nullable IpRange of(ObservableValue value) {
        if (value.type() != ObservableType.IPV4 && value.type() != ObservableType.IPV6 && value.type() != ObservableType.CIDR) {
            return null;
        }
        IPAddress address = new IPAddressString(value.value()).getAddress();
        if (address == null) {
            return null;
        }
        if (value.type() == ObservableType.CIDR) {
            address = address.toPrefixBlock();
        } else {
            address = address.withoutPrefixLength();
        }
        return new IpRange(address.isIPv4() ? 4 : 6, address.getLower().getValue(), address.getUpper().getValue());
    }

    /** Whether {@code other} lies inside this range (and is not the same range). */
    boolean strictlyContains(IpRange other) {
        return family == other.family && start.compareTo(other.start) <= 0 && end.compareTo(other.end) >= 0
                && !(start.equals(other.start) && end.equals(other.end));
    }
}
