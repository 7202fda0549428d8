package org.yagura.observables;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * All warninglists compiled for lookup: exact entries in one hash map, host names by their suffixes in
 * another, CIDR blocks as sorted disjoint ranges per list (binary search), substrings in one Aho–Corasick
 * automaton, and each regex list as one alternation. The cost of a lookup does not grow with the number of entries.
 */
final class WarninglistMatcher {

    private final List<Warninglist> lists;
    private final Map<String, int[]> exact = new HashMap<>();
    private final Map<String, int[]> hostSuffix = new HashMap<>();
    private final Map<String, int[]> strictSuffix = new HashMap<>();
    private final List<IpRanges> ranges = new ArrayList<>();
    private final Substrings substrings;
    private final List<Pattern> regexes = new ArrayList<>();

    WarninglistMatcher(List<Warninglist> lists) {
        this.lists = List.copyOf(lists);
        var substringEntries = new HashMap<String, List<Integer>>();
        for (int i = 0; i < this.lists.size(); i++) {
            Warninglist list = this.lists.get(i);
            ranges.add(list.type() == WarninglistType.CIDR ? IpRanges.of(list.entries()) : null);
            regexes.add(list.type() == WarninglistType.REGEX ? WarninglistEntries.combinedRegex(list.entries()) : null);
            for (String entry : list.entries()) {
                String e = entry.strip().toLowerCase(Locale.ROOT);
                switch (list.type()) {
                    case STRING -> {
                        if (e.startsWith(".") && e.length() > 1) {
                            add(strictSuffix, WarninglistEntries.hostOf(e), i);
                        } else {
                            add(exact, e, i);
                        }
                    }
                    case HOSTNAME -> add(hostSuffix, WarninglistEntries.hostOf(e), i);
                    case SUBSTRING -> substringEntries.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
                    default -> {
                    }
                }
            }
        }
        substrings = new Substrings(substringEntries);
    }

    List<Warninglist> lists() {
        return lists;
    }

    /** The names of the lists that {@code value} is on, in list order; empty when it is on none. */
    List<String> hits(ObservableValue value) {
        var hit = new LinkedHashSet<Integer>();
        String lower = value.value().toLowerCase(Locale.ROOT);
        addAll(hit, exact.get(lower));
        String host = hostOf(value);
        if (host != null) {
            for (String suffix = host; suffix != null; suffix = parent(suffix)) {
                addAll(hit, hostSuffix.get(suffix));
                if (!suffix.equals(host)) {
                    addAll(hit, strictSuffix.get(suffix));
                }
            }
        }
        substrings.find(lower, hit);
        IPAddress address = address(value);
        for (int i = 0; i < lists.size(); i++) {
            if (address != null && ranges.get(i) != null && ranges.get(i).contains(address)) {
                hit.add(i);
            }
            if (regexes.get(i) != null && regexes.get(i).matcher(value.value()).find()) {
                hit.add(i);
            }
        }
        return hit.stream().sorted().filter(i -> lists.get(i).applies(value.type())).map(i -> lists.get(i).name()).toList();
    }

    private static @Nullable String hostOf(ObservableValue value) {
        String v = value.value();
        return switch (value.type()) {
            case DOMAIN, HOSTNAME -> v;
            case EMAIL -> v.substring(v.lastIndexOf('@') + 1);
            case URL -> WarninglistEntries.hostOf(v);
            default -> null;
        };
    }

    private static @Nullable String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? null : host.substring(dot + 1);
    }

    private static @Nullable IPAddress address(ObservableValue value) {
        return switch (value.type()) {
            case IPV4, IPV6, CIDR -> {
                IPAddress a = new IPAddressString(value.value()).getAddress();
                yield a == null ? null : a.toPrefixBlock();
            }
            default -> null;
        };
    }

    private static void add(Map<String, int[]> map, String key, int list) {
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[] {list});
        } else if (old[old.length - 1] != list) {
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = list;
            map.put(key, grown);
        }
    }

    private static void addAll(Set<Integer> hit, int @Nullable [] lists) {
        if (lists != null) {
            for (int i : lists) {
                hit.add(i);
            }
        }
    }

    /** The blocks of one list merged into sorted, disjoint ranges per address family. */
    record IpRanges(BigInteger[] v4Start, BigInteger[] v4End, BigInteger[] v6Start, BigInteger[] v6End) {

        static IpRanges of(List<String> entries) {
            var v4 = new ArrayList<BigInteger[]>();
            var v6 = new ArrayList<BigInteger[]>();
            for (String entry : entries) {
                IPAddress block = WarninglistEntries.block(entry);
                if (block != null) {
                    (block.isIPv4() ? v4 : v6).add(new BigInteger[] {block.getValue(), block.getUpperValue()});
                }
            }
            BigInteger[][] a = merge(v4);
            BigInteger[][] b = merge(v6);
            return new IpRanges(a[0], a[1], b[0], b[1]);
        }

        private static BigInteger[][] merge(List<BigInteger[]> blocks) {
            blocks.sort((x, y) -> x[0].compareTo(y[0]));
            var starts = new ArrayList<BigInteger>();
            var ends = new ArrayList<BigInteger>();
            for (BigInteger[] r : blocks) {
                int last = ends.size() - 1;
                if (last >= 0 && r[0].compareTo(ends.get(last).add(BigInteger.ONE)) <= 0) {
                    ends.set(last, ends.get(last).max(r[1]));
                } else {
                    starts.add(r[0]);
                    ends.add(r[1]);
                }
            }
            return new BigInteger[][] {starts.toArray(BigInteger[]::new), ends.toArray(BigInteger[]::new)};
        }

        /** True when the whole of {@code address} (one address or a block) lies inside one range. */
        boolean contains(IPAddress address) {
            BigInteger[] starts = address.isIPv4() ? v4Start : v6Start;
            BigInteger[] ends = address.isIPv4() ? v4End : v6End;
            BigInteger low = address.getValue();
            int lo = 0;
            int hi = starts.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid].compareTo(low) <= 0) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found >= 0 && ends[found].compareTo(address.getUpperValue()) >= 0;
        }
    }
}
