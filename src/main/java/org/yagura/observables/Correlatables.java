package org.yagura.observables;

import crawlercommons.domains.EffectiveTldFinder;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The keys by which observables relate to each other besides being equal: host, registered domain, containing blocks. */
final class Correlatables {

    private Correlatables() {
    }

    /** The host a URL points at, or the name or address itself; null for other types. */
    static @Nullable String host(ObservableValue value) {
        String h = switch (value.type()) {
            case URL -> WarninglistEntries.hostOf(value.value());
            case DOMAIN, HOSTNAME, IPV4, IPV6 -> value.value();
            default -> null;
        };
        if (h != null && h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h == null || h.isEmpty() || h.length() > 255 ? null : h;
    }

    /** The registrable domain (one label below the public suffix) of a name, URL or e-mail address. */
    static @Nullable String registeredDomain(ObservableValue value, @Nullable String host) {
        String name = value.type() == ObservableType.EMAIL ? value.value().substring(value.value().lastIndexOf('@') + 1) : host;
        if (name == null || value.type() == ObservableType.IPV4 || value.type() == ObservableType.IPV6
                || !name.chars().anyMatch(Character::isLetter)) {
            return null;
        }
        String registered = EffectiveTldFinder.getAssignedDomain(name, true, false);
        return registered == null || registered.length() > 255 || !registered.contains(".") ? null : registered;
    }

    /**
     * The ids of the CIDR blocks that would contain an IP address or a smaller block, one per prefix length in
     * use ({@code prefixes}: family 4 or 6 to lengths); empty for other types.
     */
    static List<UUID> containingBlocks(ObservableValue value, Map<Integer, List<Integer>> prefixes) {
        if (value.type() != ObservableType.IPV4 && value.type() != ObservableType.IPV6 && value.type() != ObservableType.CIDR) {
            return List.of();
        }
        IPAddress address = new IPAddressString(value.value()).getAddress();
        if (address == null) {
            return List.of();
        }
        // a block is contained by the blocks with a shorter prefix; an address by blocks of every length
        int own = value.type() == ObservableType.CIDR && address.getNetworkPrefixLength() != null
                ? address.getNetworkPrefixLength() : Integer.MAX_VALUE;
        address = address.withoutPrefixLength();
        var ids = new ArrayList<UUID>();
        for (int length : prefixes.getOrDefault(address.isIPv4() ? 4 : 6, List.of())) {
            if (length >= own) {
                continue;
            }
            String block = address.setPrefixLength(length, false).toPrefixBlock().toCanonicalString();
            ids.add(ObservableIds.of(ObservableType.CIDR, null, block));
        }
        return ids;
    }

    /** Family (4 or 6) and prefix length of a CIDR value. */
    static int[] prefixOf(ObservableValue cidr) {
        IPAddress block = new IPAddressString(cidr.value()).getAddress();
        return new int[] {block.isIPv4() ? 4 : 6, block.getNetworkPrefixLength()};
    }
}
