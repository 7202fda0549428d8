package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarninglistMatcherTests {

    private final Canonicaliser canonicaliser = new Canonicaliser();

    private ObservableValue value(ObservableType type, String raw) {
        return ((Parsed.Valid) canonicaliser.parse(type, raw)).value();
    }

    private static Warninglist list(String name, WarninglistType type, Set<ObservableType> types, String... entries) {
        return new Warninglist(name, "", type, types, List.of(entries), false);
    }

    @Test
    void stringListsMatchWholeValuesIgnoringCaseAndDottedEntriesMatchNamesBelowThem() {
        var matcher = new WarninglistMatcher(List.of(
                list("tlds", WarninglistType.STRING, Set.of(ObservableType.DOMAIN, ObservableType.HOSTNAME), "COM", "example.com"),
                list("google", WarninglistType.STRING, Set.of(ObservableType.DOMAIN, ObservableType.URL), ".google.ad")));
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "Example.com"))).containsExactly("tlds");
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "www.example.com"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.HOSTNAME, "com"))).containsExactly("tlds");
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "mail.google.ad"))).containsExactly("google");
        assertThat(matcher.hits(value(ObservableType.URL, "https://www.google.ad/search"))).containsExactly("google");
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "google.ad"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "notgoogle.ad"))).isEmpty();
    }

    @Test
    void stringListsOnlyApplyToTheirMatchingTypes() {
        var matcher = new WarninglistMatcher(List.of(list("empty", WarninglistType.STRING, Set.of(ObservableType.MD5),
                "d41d8cd98f00b204e9800998ecf8427e")));
        assertThat(matcher.hits(value(ObservableType.MD5, "D41D8CD98F00B204E9800998ECF8427E"))).containsExactly("empty");
        assertThat(matcher.hits(value(ObservableType.JA_FINGERPRINT, "d41d8cd98f00b204e9800998ecf8427e"))).isEmpty();
    }

    @Test
    void hostnameListsMatchTheNameAndEveryNameBelowItInDomainsUrlsAndEmailAddresses() {
        var matcher = new WarninglistMatcher(List.of(list("shorteners", WarninglistType.HOSTNAME, Set.of(),
                "bit.ly", "*.t.co", "example.org.")));
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "bit.ly"))).containsExactly("shorteners");
        assertThat(matcher.hits(value(ObservableType.HOSTNAME, "a.b.bit.ly"))).containsExactly("shorteners");
        assertThat(matcher.hits(value(ObservableType.URL, "hxxps://x.t[.]co/abc"))).containsExactly("shorteners");
        assertThat(matcher.hits(value(ObservableType.EMAIL, "taro@mail.example.org"))).containsExactly("shorteners");
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "notbit.ly"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.URL, "https://evil.example/bit.ly"))).isEmpty();
    }

    @Test
    void cidrListsContainAddressesAndWholeBlocksOfBothFamilies() {
        var matcher = new WarninglistMatcher(List.of(
                list("rfc1918", WarninglistType.CIDR, Set.of(), "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"),
                list("linklocal", WarninglistType.CIDR, Set.of(), "FE80::/10", "2001:db8::1")));
        assertThat(matcher.hits(value(ObservableType.IPV4, "10.255.255.255"))).containsExactly("rfc1918");
        assertThat(matcher.hits(value(ObservableType.IPV4, "172.31.0.1"))).containsExactly("rfc1918");
        assertThat(matcher.hits(value(ObservableType.IPV4, "172.32.0.1"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.IPV4, "11.0.0.0"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.CIDR, "192.168.10.0/24"))).containsExactly("rfc1918");
        assertThat(matcher.hits(value(ObservableType.CIDR, "192.168.0.0/15"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.IPV6, "fe80::1"))).containsExactly("linklocal");
        assertThat(matcher.hits(value(ObservableType.IPV6, "2001:db8::1"))).containsExactly("linklocal");
        assertThat(matcher.hits(value(ObservableType.IPV6, "2001:db8::2"))).isEmpty();
    }

    @Test
    void substringListsFindEveryEntryInOnePass() {
        var matcher = new WarninglistMatcher(List.of(
                list("cdn", WarninglistType.SUBSTRING, Set.of(), "akamai", "cloudfront"),
                list("amazon", WarninglistType.SUBSTRING, Set.of(), "front.net")));
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "d1.CloudFront.net"))).containsExactly("cdn", "amazon");
        assertThat(matcher.hits(value(ObservableType.URL, "https://a.akamaihd.net/x"))).containsExactly("cdn");
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "akami.net"))).isEmpty();
    }

    @Test
    void regexListsTakeMispDelimitersAndFlags() {
        var matcher = new WarninglistMatcher(List.of(list("sinkholes", WarninglistType.REGEX, Set.of(ObservableType.DOMAIN),
                "/^sinkhole\\./i", "\\.invalid$", "/[unclosed/")));
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "SINKHOLE.example.com"))).containsExactly("sinkholes");
        assertThat(matcher.hits(value(ObservableType.HOSTNAME, "sinkhole.example"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "example.com"))).isEmpty();
        assertThat(WarninglistEntries.problem(WarninglistType.REGEX, "/[unclosed/")).isEqualTo("observable.warninglist.entry.regex");
        assertThat(WarninglistEntries.problem(WarninglistType.CIDR, "10.0.0.0/33")).isEqualTo("observable.warninglist.entry.cidr");
        assertThat(WarninglistEntries.problem(WarninglistType.STRING, "x".repeat(1001))).isEqualTo("observable.warninglist.entry.invalid");
    }

    @Test
    void loadsEveryShippedMispList() {
        List<Warninglist> shipped = ShippedWarninglists.load();
        assertThat(shipped).hasSize(17).allMatch(Warninglist::shipped);
        var matcher = new WarninglistMatcher(shipped);
        assertThat(matcher.hits(value(ObservableType.IPV4, "192.168.1.1"))).contains("List of RFC 1918 CIDR blocks");
        assertThat(matcher.hits(value(ObservableType.IPV4, "203.0.114.1"))).isEmpty();
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "bit.ly"))).contains("List of known URL Shorteners domains");
        assertThat(matcher.hits(value(ObservableType.SHA256,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))).contains("List of known hashes for empty files");
        assertThat(matcher.hits(value(ObservableType.DOMAIN, "evil-phish-login.xyz"))).isEmpty();
    }
}
