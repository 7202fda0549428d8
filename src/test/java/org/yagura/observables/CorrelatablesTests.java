package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrelatablesTests {

    private final Canonicaliser canonicaliser = new Canonicaliser();

    private ObservableValue value(ObservableType type, String raw) {
        return ((Parsed.Valid) canonicaliser.parse(type, raw)).value();
    }

    @Test
    void anAddressFindsTheIdsOfTheBlocksThatWouldContainItOnePerPrefixLengthInUse() {
        var ids = Correlatables.containingBlocks(value(ObservableType.IPV4, "198.51.100.77"), Map.of(4, List.of(8, 24, 32), 6, List.of(48)));
        assertThat(ids).containsExactly(ObservableIds.of(value(ObservableType.CIDR, "198.0.0.0/8")),
                ObservableIds.of(value(ObservableType.CIDR, "198.51.100.0/24")), ObservableIds.of(value(ObservableType.CIDR, "198.51.100.77/32")));
        assertThat(Correlatables.containingBlocks(value(ObservableType.IPV6, "2001:db8:1::5"), Map.of(6, List.of(48))))
                .containsExactly(ObservableIds.of(value(ObservableType.CIDR, "2001:db8:1::/48")));
        assertThat(Correlatables.containingBlocks(value(ObservableType.DOMAIN, "example.com"), Map.of(4, List.of(8)))).isEmpty();
    }

    @Test
    void urlsNamesAndAddressesShareAHostAndNamesARegisteredDomain() {
        ObservableValue url = value(ObservableType.URL, "hxxps://Login.Example.co.jp:8443/a?b");
        assertThat(Correlatables.host(url)).isEqualTo("login.example.co.jp");
        assertThat(Correlatables.registeredDomain(url, Correlatables.host(url))).isEqualTo("example.co.jp");
        assertThat(Correlatables.host(value(ObservableType.URL, "http://[2001:db8::1]/x"))).isEqualTo("2001:db8::1");
        assertThat(Correlatables.host(value(ObservableType.IPV4, "192.0.2.1"))).isEqualTo("192.0.2.1");
        ObservableValue mail = value(ObservableType.EMAIL, "Taro@mail.example.co.jp");
        assertThat(Correlatables.host(mail)).isNull();
        assertThat(Correlatables.registeredDomain(mail, null)).isEqualTo("example.co.jp");
        assertThat(Correlatables.registeredDomain(value(ObservableType.IPV4, "192.0.2.1"), "192.0.2.1")).isNull();
    }

    @Test
    void theIdOfAValueDependsOnTypeAndValueOnly() {
        assertThat(ObservableIds.of(value(ObservableType.DOMAIN, "EXAMPLE.com"))).isEqualTo(ObservableIds.of(value(ObservableType.DOMAIN, "example[.]com")))
                .isNotEqualTo(ObservableIds.of(value(ObservableType.HOSTNAME, "example.com")));
        assertThat(ObservableIds.of(value(ObservableType.MD5, "d41d8cd98f00b204e9800998ecf8427e")).version()).isEqualTo(8);
    }
}
