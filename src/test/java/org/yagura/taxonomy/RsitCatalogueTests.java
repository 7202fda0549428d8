package org.yagura.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class RsitCatalogueTests {

    private final List<RsitCatalogue.Entry> entries = RsitCatalogue.load();

    @Test
    void shipsEveryRsitClassAndTypeWithEnglishAndJapaneseLabels() {
        assertThat(entries.stream().filter(e -> e.typeKey() == null)).hasSize(11);
        assertThat(entries.stream().filter(e -> e.typeKey() != null)).hasSizeGreaterThanOrEqualTo(36);
        assertThat(entries).allSatisfy(e -> {
            String key = e.typeKey() == null ? e.classKey() : e.classKey() + "/" + e.typeKey();
            assertThat(e.labels().en()).as("English label of %s", key).isNotBlank();
            assertThat(e.labels().ja()).as("Japanese label of %s", key).isNotBlank();
            assertThat(e.labels().descriptionEn()).as("English description of %s", key).isNotBlank();
            assertThat(e.labels().descriptionJa()).as("Japanese description of %s", key).isNotBlank();
            assertThat(e.labels().ja()).as("Japanese label of %s is Japanese", key).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
        });
    }

    @Test
    void usesTheWordingAJapaneseCsirtExpects() {
        assertThat(ja("abusive-content")).isEqualTo("不適切なコンテンツ");
        assertThat(ja("abusive-content/spam")).isEqualTo("スパム");
        assertThat(ja("malicious-code")).isEqualTo("悪性コード");
        assertThat(ja("information-gathering")).isEqualTo("情報収集");
        assertThat(ja("intrusion-attempts")).isEqualTo("侵入の試み");
        assertThat(ja("intrusions")).isEqualTo("侵入");
        assertThat(ja("availability")).isEqualTo("可用性");
        assertThat(ja("information-content-security")).isEqualTo("情報コンテンツのセキュリティ");
        assertThat(ja("fraud")).isEqualTo("詐欺");
        assertThat(ja("vulnerable")).isEqualTo("脆弱性");
        assertThat(ja("other")).isEqualTo("その他");
        assertThat(ja("test")).isEqualTo("テスト");
    }

    @Test
    void keepsTheUpstreamKeysAndUuids() {
        RsitCatalogue.Entry c2 = entries.stream()
                .filter(e -> "malicious-code".equals(e.classKey()) && "c2-server".equals(e.typeKey())).findFirst().orElseThrow();
        assertThat(c2.uuid()).hasToString("3ad4e91b-cf7d-5eac-aa03-3d556dfd9c80");
        assertThat(c2.labels().en()).isEqualTo("C2 Server");
        assertThat(entries).allSatisfy(e -> {
            assertThat(TaxonomyKey.isValid(e.classKey())).isTrue();
            assertThat(e.typeKey() == null || TaxonomyKey.isValid(e.typeKey())).isTrue();
        });
    }

    @Test
    void hasNoJapaneseLabelForAnEntryThatIsNotShipped() throws IOException {
        Set<String> shipped = entries.stream()
                .map(e -> e.typeKey() == null ? e.classKey() : e.classKey() + "/" + e.typeKey()).collect(Collectors.toSet());
        Properties ja = new Properties();
        try (Reader r = new InputStreamReader(new ClassPathResource(RsitCatalogue.LABELS_JA).getInputStream(),
                StandardCharsets.UTF_8)) {
            ja.load(r);
        }
        assertThat(ja.stringPropertyNames()).allSatisfy(k -> assertThat(shipped).contains(k.substring(0, k.lastIndexOf('.'))));
    }

    @Test
    void shipsTheLicenceNoteBesideTheData() {
        assertThat(new ClassPathResource("taxonomy/rsit/LICENSE-NOTE.md").exists()).isTrue();
    }

    private String ja(String key) {
        return entries.stream().filter(e -> key.equals(e.typeKey() == null ? e.classKey() : e.classKey() + "/" + e.typeKey()))
                .findFirst().orElseThrow().labels().ja();
    }
}
