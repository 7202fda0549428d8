package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InferenceTests {

    private final Canonicaliser canonicaliser = new Canonicaliser();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hxxps://evil[.]example/a                                         | URL             | https://evil.example/a
            taro[at]example[.]jp                                             | EMAIL           | taro@example.jp
            192.168.1.77/24                                                  | CIDR            | 192.168.1.0/24
            198[.]51[.]100[.]23                                              | IPV4            | 198.51.100.23
            2001:0db8::0001                                                  | IPV6            | 2001:db8::1
            cve-2021-44228                                                   | CVE             | CVE-2021-44228
            D41D8CD98F00B204E9800998ECF8427E                                 | MD5             | d41d8cd98f00b204e9800998ecf8427e
            da39a3ee5e6b4b0d3255bfef95601890afd80709                         | SHA1            | da39a3ee5e6b4b0d3255bfef95601890afd80709
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 | SHA256          | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            00:1A:2B:3C:4D:5E                                                | MAC_ADDRESS     | 00:1a:2b:3c:4d:5e
            AS2497                                                           | ASN             | AS2497
            HKCU\\Software\\Run                                              | REGISTRY_KEY    | HKEY_CURRENT_USER\\Software\\Run
            evil[.]example[.]co[.]jp                                         | DOMAIN          | evil.example.co.jp
            /tmp/.x/payload                                                  | FILE_PATH       | /tmp/.x/payload
            """)
    void infersTheMostLikelyType(String raw, ObservableType type, String canonical) {
        assertThat(canonicaliser.infer(raw.replace("\\\\", "\\")))
                .hasValueSatisfying(v -> assertThat(v).extracting(ObservableValue::type, ObservableValue::value)
                        .containsExactly(type, canonical.replace("\\\\", "\\")));
    }

    @Test
    void infersNothingForFreeText() {
        assertThat(canonicaliser.infer("just some words")).isEmpty();
        assertThat(canonicaliser.infer("version.js")).isEmpty();
    }
}
