package org.yagura.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;
import static org.yagura.taxonomy.TaxonomyFixtures.labels;
import static org.yagura.taxonomy.TaxonomyFixtures.uniqueKey;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.api.YaguraException;

@SpringBootTest
@WithMockUser(username = "lead", roles = "TEAM_LEAD")
class TaxonomyServiceIntegrationTests {

    /** Stands in for intake and incidents: any class whose key starts with {@code used-} counts as used. */
    @TestConfiguration
    static class UsageConfiguration {
        @Bean
        TaxonomyUsage testUsage() {
            return (String classKey, @Nullable String typeKey) -> classKey.startsWith("used-") ? 3 : 0;
        }
    }

    private final TaxonomyService taxonomy;
    private final PriorityMatrixService matrix;
    private final RsitLoader loader;
    private final JdbcClient jdbc;

    @Autowired
    TaxonomyServiceIntegrationTests(TaxonomyService taxonomy, PriorityMatrixService matrix, RsitLoader loader,
            JdbcClient jdbc) {
        this.taxonomy = taxonomy;
        this.matrix = matrix;
        this.loader = loader;
        this.jdbc = jdbc;
    }

    @Test
    void loadsTheShippedRsitTaxonomyAtStartUp() {
        var classes = taxonomy.classes(true);
        assertThat(classes.get(0).key()).isEqualTo("abusive-content");
        var malicious = classes.stream().filter(c -> c.key().equals("malicious-code")).findFirst().orElseThrow();
        assertThat(malicious.labels().ja()).isEqualTo("悪性コード");
        assertThat(malicious.source()).isEqualTo(TaxonomySource.RSIT);
        assertThat(malicious.types()).extracting(TaxonomyTypeSummary::key)
                .startsWith("infected-system", "c2-server", "malware-distribution", "malware-configuration");
        assertThat(taxonomy.getType("fraud", "phishing").labels().ja()).isEqualTo("フィッシング");
    }

    @Test
    void loadingTwiceAddsNothingAndKeepsDeprecations() {
        long before = rows();
        taxonomy.update(TaxonomyKey.ofType("test", "test"), TaxonomyChange.deprecated(true));
        try {
            assertThat(loader.load()).isZero();
            assertThat(rows()).isEqualTo(before);
            assertThat(taxonomy.getType("test", "test").deprecated()).isTrue();
        } finally {
            taxonomy.update(TaxonomyKey.ofType("test", "test"), TaxonomyChange.deprecated(false));
        }
    }

    @Test
    void addsALocalClassAndTypeAndAuditsBoth() {
        String cls = uniqueKey("insider");
        taxonomy.addClass(cls, new TaxonomyLabels("Insider threat", "内部不正", "Misuse by staff", "職員による不正"));
        TaxonomyTypeSummary type = taxonomy.addType(cls, "data-theft", labels("Data theft", "情報の持ち出し"));

        assertThat(type.qualifiedKey()).isEqualTo(cls + "/data-theft");
        assertThat(type.source()).isEqualTo(TaxonomySource.LOCAL);
        assertThat(taxonomy.requireActive(cls, "data-theft").labels().ja()).isEqualTo("情報の持ち出し");
        assertThat(taxonomy.classes(false)).filteredOn(c -> c.key().equals(cls)).singleElement()
                .satisfies(c -> assertThat(c.types()).extracting(TaxonomyTypeSummary::key).containsExactly("data-theft"));
        assertThat(awaitAudit(jdbc, "taxonomy.class-added", cls)).contains("内部不正");
        assertThat(awaitAudit(jdbc, "taxonomy.type-added", cls + "/data-theft")).contains("Data theft");
    }

    @Test
    void addsALocalTypeToAShippedClass() {
        String key = uniqueKey("smishing");
        taxonomy.addType("fraud", key, labels("Smishing", "SMS フィッシング"));
        assertThat(taxonomy.requireActive("fraud", key).source()).isEqualTo(TaxonomySource.LOCAL);
    }

    @Test
    void refusesADuplicateKeyWithAConflict() {
        assertThatThrownBy(() -> taxonomy.addClass("fraud", labels("Fraud", "詐欺")))
                .isInstanceOf(ConflictException.class).extracting(e -> ((YaguraException) e).messageKey())
                .isEqualTo("taxonomy.key.taken");
        assertThatThrownBy(() -> taxonomy.addType("fraud", "phishing", labels("Phishing", "フィッシング")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesAnInvalidKeyOrMissingLabel() {
        assertThatThrownBy(() -> taxonomy.addClass("Bad Key", labels("x", "x")))
                .isInstanceOf(BadRequestException.class).hasMessage("taxonomy.key.invalid");
        assertThatThrownBy(() -> taxonomy.addClass(uniqueKey("nolabel"), labels("Only English", " ")))
                .isInstanceOf(BadRequestException.class).hasMessage("taxonomy.label.invalid");
    }

    @Test
    void refusesADeprecatedTypeOrClassToOtherModules() {
        String cls = uniqueKey("legacy");
        taxonomy.addClass(cls, labels("Legacy", "旧分類"));
        taxonomy.addType(cls, "old", labels("Old", "古い種別"));
        taxonomy.update(TaxonomyKey.ofType(cls, "old"), TaxonomyChange.deprecated(true));

        assertThatThrownBy(() -> taxonomy.requireActive(cls, "old"))
                .isInstanceOf(BadRequestException.class).hasMessage("taxonomy.type.deprecated");
        assertThat(taxonomy.classes(false)).filteredOn(c -> c.key().equals(cls)).singleElement()
                .satisfies(c -> assertThat(c.types()).isEmpty());
        awaitAudit(jdbc, "taxonomy.deprecated", cls + "/old");

        taxonomy.update(TaxonomyKey.ofType(cls, "old"), TaxonomyChange.deprecated(false));
        assertThat(taxonomy.requireActive(cls, "old").deprecated()).isFalse();
        awaitAudit(jdbc, "taxonomy.reactivated", cls + "/old");

        taxonomy.update(TaxonomyKey.ofClass(cls), TaxonomyChange.deprecated(true));
        assertThatThrownBy(() -> taxonomy.requireActive(cls, "old")).hasMessage("taxonomy.type.deprecated");
        assertThatThrownBy(() -> taxonomy.requireActive(cls, "never")).hasMessage("taxonomy.type.unknown");
        assertThatThrownBy(() -> taxonomy.addType(cls, "new", labels("New", "新"))).hasMessage("taxonomy.class.deprecated");
    }

    @Test
    void answersAnUnknownTypeWithNotFoundNamingTheKey() {
        assertThatThrownBy(() -> taxonomy.getType("fraud", "no-such-type"))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((YaguraException) e).arguments()).containsExactly("fraud/no-such-type"));
        assertThat(taxonomy.getType("fraud/phishing").labels().en()).isEqualTo("Phishing");
        assertThatThrownBy(() -> taxonomy.getType("fraud")).isInstanceOf(NotFoundException.class)
                .hasMessage("taxonomy.type.not-found");
    }

    @Test
    void relabelsLocalEntriesButNotShippedOnes() {
        String cls = uniqueKey("relabel");
        taxonomy.addClass(cls, labels("Before", "変更前"));
        var after = taxonomy.update(TaxonomyKey.ofClass(cls), new TaxonomyChange(null, "変更後", null, "説明", null, null));
        assertThat(after.labels()).isEqualTo(new TaxonomyLabels("Before", "変更後", null, "説明"));
        assertThat(awaitAudit(jdbc, "taxonomy.updated", cls)).contains("変更前").contains("変更後");

        assertThatThrownBy(() -> taxonomy.update(TaxonomyKey.ofClass("fraud"),
                new TaxonomyChange("Scam", null, null, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessage("taxonomy.shipped.read-only");
    }

    @Test
    void neverDeletesAShippedEntry() {
        assertThatThrownBy(() -> taxonomy.delete(TaxonomyKey.ofType("fraud", "phishing")))
                .isInstanceOf(ConflictException.class).hasMessage("taxonomy.shipped.not-deletable");
        assertThatThrownBy(() -> taxonomy.delete(TaxonomyKey.ofClass("fraud")))
                .isInstanceOf(ConflictException.class);
        assertThat(taxonomy.getType("fraud", "phishing")).isNotNull();
    }

    @Test
    void deletesAnUnusedLocalClassWithItsTypes() {
        String cls = uniqueKey("temporary");
        taxonomy.addClass(cls, labels("Temporary", "一時的"));
        taxonomy.addType(cls, "one", labels("One", "一"));
        taxonomy.delete(TaxonomyKey.ofClass(cls));

        assertThat(taxonomy.classes(true)).noneMatch(c -> c.key().equals(cls));
        assertThatThrownBy(() -> taxonomy.getType(cls, "one")).isInstanceOf(NotFoundException.class);
        awaitAudit(jdbc, "taxonomy.deleted", cls);
    }

    @Test
    void refusesToDeleteALocalEntryInUse() {
        String cls = uniqueKey("used");
        taxonomy.addClass(cls, labels("Used", "使用中"));
        assertThatThrownBy(() -> taxonomy.delete(TaxonomyKey.ofClass(cls)))
                .isInstanceOf(ConflictException.class).hasMessage("taxonomy.in-use");
    }

    @Test
    void computesPriorityFromTheDefaultMatrix() {
        assertThat(matrix.priority(Impact.CRITICAL, Urgency.CRITICAL)).isEqualTo(Priority.P1);
        assertThat(matrix.priority(Impact.MEDIUM, Urgency.MEDIUM)).isEqualTo(Priority.P3);
        assertThat(matrix.priority(Impact.LOW, Urgency.LOW)).isEqualTo(Priority.P4);
        assertThat(matrix.matrix().cells()).hasSize(16);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void keepsChangesToTeamLeadsAndAdministrators() {
        assertThatThrownBy(() -> taxonomy.addClass(uniqueKey("analyst"), labels("x", "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.change(java.util.List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(taxonomy.classes(false)).isNotEmpty();
    }

    private long rows() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM taxonomy_class) + (SELECT COUNT(*) FROM taxonomy_type)")
                .query(Long.class).single();
    }
}
