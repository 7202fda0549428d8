package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicaliserTests {

    private final Canonicaliser canonicaliser = new Canonicaliser();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            IPV4            | 192.0.2.1                                   | 192.0.2.1
            IPV4            | 192[.]0[.]2[.]1                             | 192.0.2.1
            IPV4            | ' 10.0.0.1 '                                | 10.0.0.1
            IPV6            | 2001:0db8:0000:0000:0000:0000:0000:0001     | 2001:db8::1
            IPV6            | 2001:DB8:0:0:1:0:0:1                        | 2001:db8::1:0:0:1
            IPV6            | 2001[:]db8[:][:]1                           | 2001:db8::1
            CIDR            | 192.168.1.77/24                             | 192.168.1.0/24
            CIDR            | 2001:db8::1/32                              | 2001:db8::/32
            DOMAIN          | Example.COM.                                | example.com
            DOMAIN          | evil[.]example(.)co.jp                      | evil.example.co.jp
            DOMAIN          | ｅｘａｍｐｌｅ．ｃｏｍ                        | example.com
            DOMAIN          | 例え。jp                                     | xn--r8jz45g.jp
            HOSTNAME        | 例え.テスト                                  | xn--r8jz45g.xn--zckzah
            DOMAIN          | 日本語.jp                                    | xn--wgv71a119e.jp
            HOSTNAME        | Mail01.Corp                                 | mail01.corp
            URL             | HXXPS://Example.COM:443/a%2fb?q=1           | https://example.com/a%2Fb?q=1
            URL             | http://example.com:8080/%7Euser/%e3%81%82   | http://example.com:8080/~user/%E3%81%82
            URL             | hxxp://evil[.]example/path?a=1&b=2#frag     | http://evil.example/path?a=1&b=2#frag
            URL             | fxp://files.example.org:21/x                | ftp://files.example.org/x
            URL             | http://203.0.113.7:80/x                     | http://203.0.113.7/x
            URL             | http://[2001:0db8::0001]:80/                | http://[2001:db8::1]/
            URL             | https://例え.テスト/パス                      | https://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9
            EMAIL           | Taro.Yamada@EXAMPLE.JP                      | Taro.Yamada@example.jp
            EMAIL           | taro[at]example[.]co[.]jp                   | taro@example.co.jp
            MD5             | D41D8CD98F00B204E9800998ECF8427E            | d41d8cd98f00b204e9800998ecf8427e
            SHA1            | DA39A3EE5E6B4B0D3255BFEF95601890AFD80709    | da39a3ee5e6b4b0d3255bfef95601890afd80709
            SHA256          | E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855 | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            SSDEEP          | 3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C    | 3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C
            ASN             | as2497                                      | AS2497
            ASN             | 4200000000                                  | AS4200000000
            MAC_ADDRESS     | 00-1A-2B-3C-4D-5E                           | 00:1a:2b:3c:4d:5e
            CVE             | cve-2021-44228                              | CVE-2021-44228
            REGISTRY_KEY    | hklm\\Software\\Run                         | HKEY_LOCAL_MACHINE\\Software\\Run
            JA_FINGERPRINT  | T13D1516H2_8DAAF6152771_B186095E22B6        | t13d1516h2_8daaf6152771_b186095e22b6
            BITCOIN_ADDRESS | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa          | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa
            BITCOIN_ADDRESS | BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4  | bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4
            BITCOIN_ADDRESS | bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297 | bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297
            PHONE_NUMBER    | +81 3-1234-5678                             | +81312345678
            FILE_NAME       | 請求書.pdf.exe                               | 請求書.pdf.exe
            FILE_PATH       | C:\\Users\\Public\\evil.dll                  | C:\\Users\\Public\\evil.dll
            USER_AGENT      | Mozilla/5.0 (Windows NT 10.0)               | Mozilla/5.0 (Windows NT 10.0)
            """)
    void canonicalisesValidValues(ObservableType type, String raw, String canonical) {
        assertThat(canonicaliser.parse(type, raw.replace("\\\\", "\\")))
                .isInstanceOfSatisfying(Parsed.Valid.class, v -> assertThat(v.value())
                        .extracting(ObservableValue::type, ObservableValue::value)
                        .containsExactly(type, canonical.replace("\\\\", "\\")));
    }

    @ParameterizedTest(name = "{0} {1} rejected with {2}")
    @CsvSource(delimiter = '|', textBlock = """
            IPV4            | 999.1.1.1                   | observable.invalid.ipv4
            IPV4            | 1.2.3                       | observable.invalid.ipv4
            IPV4            | 010.1.1.1                   | observable.invalid.ipv4
            IPV4            | 2001:db8::1                 | observable.invalid.ipv4
            IPV4            | 10.0.0.0/8                  | observable.invalid.ipv4
            IPV6            | 2001:db8::g                 | observable.invalid.ipv6
            IPV6            | 192.0.2.1                   | observable.invalid.ipv6
            CIDR            | 192.168.1.1                 | observable.invalid.cidr
            CIDR            | 192.168.1.0/33              | observable.invalid.cidr
            DOMAIN          | file.txt                    | observable.invalid.domain.suffix
            DOMAIN          | version.js                  | observable.invalid.domain.suffix
            DOMAIN          | co.jp                       | observable.invalid.domain.suffix
            DOMAIN          | 例え.テスト                  | observable.invalid.domain.suffix
            DOMAIN          | localhost                   | observable.invalid.domain
            DOMAIN          | faß.de                      | observable.invalid.name-mapped
            DOMAIN          | 𝐩aypal.com                  | observable.invalid.name-mapped
            HOSTNAME        | ﬁle.example                 | observable.invalid.name-mapped
            DOMAIN          | ex_ample.com                | observable.invalid.domain
            DOMAIN          | -evil.com                   | observable.invalid.domain
            URL             | example.com/path            | observable.invalid.url
            URL             | http://exa mple.com/        | observable.invalid.url
            URL             | http://example.com/%zz      | observable.invalid.url
            URL             | http://[1.2.3.4]/           | observable.invalid.url
            URL             | http://999.1.1.1/           | observable.invalid.url
            EMAIL           | taro@localhost              | observable.invalid.email
            EMAIL           | taro..yamada@example.jp     | observable.invalid.email
            EMAIL           | @example.jp                 | observable.invalid.email
            MD5             | d41d8cd98f00b204e9800998ecf8427 | observable.invalid.md5
            SHA1            | zz39a3ee5e6b4b0d3255bfef95601890afd80709 | observable.invalid.sha1
            SHA256          | d41d8cd98f00b204e9800998ecf8427e | observable.invalid.sha256
            SSDEEP          | not-a-hash                  | observable.invalid.ssdeep
            TLSH            | T1ABC                       | observable.invalid.tlsh
            ASN             | AS4294967296                | observable.invalid.asn
            ASN             | AS-1                        | observable.invalid.asn
            MAC_ADDRESS     | 00:1a:2b:3c:4d              | observable.invalid.mac-address
            CVE             | CVE-21-44228                | observable.invalid.cve
            REGISTRY_KEY    | HKEY_NOWHERE\\x             | observable.invalid.registry-key
            JA_FINGERPRINT  | t13d1516h2_8daaf615         | observable.invalid.ja-fingerprint
            BITCOIN_ADDRESS | 0A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa | observable.invalid.bitcoin-address
            BITCOIN_ADDRESS | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb | observable.invalid.bitcoin-address
            BITCOIN_ADDRESS | bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5 | observable.invalid.bitcoin-address
            PHONE_NUMBER    | 03-1234-5678                | observable.invalid.phone-number
            FILE_NAME       | dir/evil.exe                | observable.invalid.file-name
            FILE_PATH       | evil.exe                    | observable.invalid.file-path
            """)
    void rejectsInvalidValuesWithTheReason(ObservableType type, String raw, String messageKey) {
        assertThat(canonicaliser.parse(type, raw.replace("\\\\", "\\")))
                .isInstanceOfSatisfying(Parsed.Rejected.class, r -> assertThat(r.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void rejectionNamesTheValueSoTheMessageReadsNaturally() {
        assertThat(canonicaliser.parse(ObservableType.IPV4, "999.1.1.1"))
                .isEqualTo(new Parsed.Rejected("observable.invalid.ipv4", java.util.List.of("999.1.1.1")));
    }

    @Test
    void keepsTheUnicodeFormOfAnIdnForDisplay() {
        // .テスト is IANA's reserved test TLD, not a public suffix: a host name, not a domain
        var value = ((Parsed.Valid) canonicaliser.parse(ObservableType.HOSTNAME, "例え.テスト")).value();

        assertThat(value.value()).isEqualTo("xn--r8jz45g.xn--zckzah");
        assertThat(value.display()).isEqualTo("例え.テスト");
    }

    @Test
    void keepsConfusableCyrillicLettersDistinctFromAscii() {
        var value = ((Parsed.Valid) canonicaliser.parse(ObservableType.DOMAIN, "pаypal.com")).value();

        assertThat(value.value()).isEqualTo("xn--pypal-4ve.com");
        assertThat(value.display()).isEqualTo("pаypal.com").isNotEqualTo("paypal.com");
    }

    @Test
    void rejectsAMegabyteValueQuicklyAndSaysTheLimit() {
        String huge = "a".repeat(1 << 20);

        Parsed parsed = assertTimeoutPreemptively(Duration.ofMillis(200), () -> canonicaliser.parse(ObservableType.URL, huge));

        assertThat(parsed).isEqualTo(new Parsed.Rejected("observable.invalid.too-long",
                java.util.List.of("8192", String.valueOf(1 << 20))));
    }

    @Test
    void requiresATypeNameForOther() {
        assertThat(canonicaliser.parse(ObservableType.OTHER, "x")).isInstanceOf(Parsed.Rejected.class);
        assertThat(canonicaliser.parseOther("yara-rule", "rule_a"))
                .isEqualTo(new Parsed.Valid(new ObservableValue(ObservableType.OTHER, "rule_a", "rule_a", "yara-rule")));
    }
}
