package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FangingTests {

    private final Canonicaliser canonicaliser = new Canonicaliser();

    @ParameterizedTest(name = "{0} {1} <-> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            URL    | https://evil.example.com/a.php?x=1 | hxxps://evil[.]example[.]com/a.php?x=1
            URL    | http://203.0.113.7:8080/           | hxxp://203[.]0[.]113[.]7:8080/
            URL    | ftp://files.example.org/x          | fxp://files[.]example[.]org/x
            DOMAIN | evil.example.co.jp                 | evil[.]example[.]co[.]jp
            EMAIL  | taro.yamada@example.jp             | taro.yamada[at]example[.]jp
            IPV4   | 198.51.100.23                      | 198[.]51[.]100[.]23
            CIDR   | 192.168.1.0/24                     | 192[.]168[.]1[.]0/24
            IPV6   | 2001:db8::1                        | 2001[:]db8[:][:]1
            MD5    | d41d8cd98f00b204e9800998ecf8427e   | d41d8cd98f00b204e9800998ecf8427e
            """)
    void defangsForDisplayAndRefangsBackToTheSameValue(ObservableType type, String canonical, String defanged) {
        var value = ((Parsed.Valid) canonicaliser.parse(type, canonical)).value();

        assertThat(canonicaliser.defang(value)).isEqualTo(defanged);
        assertThat(canonicaliser.parse(type, defanged)).isEqualTo(new Parsed.Valid(value));
    }

    @ParameterizedTest(name = "{0} refangs to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hxxp://example(.)com/         | http://example.com/
            HXXPS://example[dot]com/      | https://example.com/
            https[:]//example{.}com/      | https://example.com/
            fxp://example[.]com/          | ftp://example.com/
            """)
    void refangsTheCommonDefangingConventions(String defanged, String url) {
        assertThat(canonicaliser.parse(ObservableType.URL, defanged))
                .isEqualTo(new Parsed.Valid(ObservableValue.of(ObservableType.URL, url)));
    }
}
