package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ExtractorTests {

    private final Extractor extractor = Extractor.all();

    @Test
    void extractsEveryTrickyCaseOfTheCorpus() throws IOException {
        assertThat(extractor.extract(corpus()))
                .extracting(ObservableCandidate::type, ObservableCandidate::value)
                .containsExactly(
                        tuple(ObservableType.URL, "https://login-example.com/verify?id=42"),
                        tuple(ObservableType.URL, "https://evil.example/a"),
                        tuple(ObservableType.URL, "http://example.org/path_(x)"),
                        tuple(ObservableType.URL, "https://example.net/a"),
                        tuple(ObservableType.URL, "https://example.co.jp/news"),
                        tuple(ObservableType.EMAIL, "taro@example.jp"),
                        tuple(ObservableType.EMAIL, "hanako@example.co.jp"),
                        tuple(ObservableType.IPV4, "203.0.113.7"),
                        tuple(ObservableType.IPV4, "198.51.100.23"),
                        tuple(ObservableType.IPV4, "10.0.0.1"),
                        tuple(ObservableType.CIDR, "192.168.1.0/24"),
                        tuple(ObservableType.IPV6, "2001:db8::1"),
                        tuple(ObservableType.MD5, "d41d8cd98f00b204e9800998ecf8427e"),
                        tuple(ObservableType.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                        tuple(ObservableType.SHA256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                        tuple(ObservableType.CVE, "CVE-2021-44228"),
                        tuple(ObservableType.CVE, "CVE-2023-4863"),
                        tuple(ObservableType.DOMAIN, "example.com"),
                        tuple(ObservableType.DOMAIN, "evil.example.net"),
                        tuple(ObservableType.DOMAIN, "report.zip"),
                        tuple(ObservableType.DOMAIN, "sub.example.com"),
                        tuple(ObservableType.DOMAIN, "mail.google.com"),
                        tuple(ObservableType.EMAIL, "admin@example.org"),
                        tuple(ObservableType.URL, "http://203.0.113.9:8080/dl"));
    }

    @Test
    void reportsPositionsInTheOriginalJapaneseText() {
        String text = "詳細はhxxps://evil[.]example/a（参照）を見て";
        int start = text.indexOf("hxxps");

        assertThat(extractor.extract(text)).containsExactly(new ObservableCandidate(ObservableType.URL,
                "https://evil.example/a", start, start + "hxxps://evil[.]example/a".length()));
    }

    @Test
    void reportsPositionsOfFullWidthDomainsInTheOriginalText() {
        String text = "ドメインｅｘａｍｐｌｅ．ｃｏｍ、です";

        assertThat(extractor.extract(text)).containsExactly(
                new ObservableCandidate(ObservableType.DOMAIN, "example.com", 4, 15));
    }

    @Test
    void keepsOnlyTheFirstPositionOfARepeatedValue() {
        String text = "Example.com then example.COM then hxxp://x[.]example.com/ and example[.]com";

        assertThat(extractor.extract(text)).filteredOn(c -> c.type() == ObservableType.DOMAIN)
                .containsExactly(new ObservableCandidate(ObservableType.DOMAIN, "example.com", 0, 11));
    }

    @Test
    void neitherCutsNorAsciifiesANameWithConfusableLetters() {
        assertThat(extractor.extract("Login at pаypal.com or paypal.cоm now")).isEmpty();
        assertThat(extractor.extract("ドメインexample.comを確認")).extracting(ObservableCandidate::value)
                .containsExactly("example.com");
    }

    @Test
    void doesNotTakeIpAddressesOutOfVersionStrings() {
        assertThat(extractor.extract("version 1.2.3.4.5, v10.0.0.1-beta, 10.0.0.1.2, build-10.0.0.1")).isEmpty();
    }

    @Test
    void doesNotTakeShortHashesOutOfLongerHexRuns() {
        String sha1Inside = "da39a3ee5e6b4b0d3255bfef95601890afd80709" + "0123456789abcdef0123456789abcdef01234567".substring(0, 24);

        assertThat(extractor.extract(sha1Inside))
                .extracting(ObservableCandidate::type).containsExactly(ObservableType.SHA256);
        assertThat(extractor.extract("0x" + "d41d8cd98f00b204e9800998ecf8427e")).isEmpty();
    }

    @Test
    void extractsOnlyTheConfiguredTypes() {
        var onlyIps = new Extractor(EnumSet.of(ObservableType.IPV4));

        assertThat(onlyIps.extract("203.0.113.7 example.com CVE-2021-44228"))
                .extracting(ObservableCandidate::value).containsExactly("203.0.113.7");
    }

    @Test
    void extractsFromAMegabyteOfHostileTextInLinearTime() {
        String text = "a:".repeat(100_000) + "1.".repeat(100_000) + "f".repeat(200_000) + "a.".repeat(100_000)
                + "x@".repeat(100_000) + "http://a".repeat(25_000) + " 203.0.113.7";

        var found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(text));

        assertThat(found).extracting(ObservableCandidate::value).contains("203.0.113.7");
    }

    private static String corpus() throws IOException {
        try (InputStream in = ExtractorTests.class.getResourceAsStream("/observables/extraction-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
