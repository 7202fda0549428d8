package org.yagura.taxonomy.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;
import static org.yagura.taxonomy.TaxonomyFixtures.uniqueKey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.PriorityMatrixService;
import org.yagura.taxonomy.TaxonomyService;
import org.yagura.taxonomy.Urgency;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "lead", roles = "TEAM_LEAD")
class TaxonomyPageControllerTests {

    private final MockMvc mvc;
    private final TaxonomyService taxonomy;
    private final PriorityMatrixService matrix;
    private final JdbcClient jdbc;

    @Autowired
    TaxonomyPageControllerTests(MockMvc mvc, TaxonomyService taxonomy, PriorityMatrixService matrix, JdbcClient jdbc) {
        this.mvc = mvc;
        this.taxonomy = taxonomy;
        this.matrix = matrix;
        this.jdbc = jdbc;
    }

    @Test
    void showsClassesTypesAndTheMatrixInEnglish() throws Exception {
        mvc.perform(get("/admin/taxonomy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h4\">Classification and priorities</h1>")))
                .andExpect(content().string(containsString("href=\"/admin/taxonomy\">Taxonomies</a>")))
                .andExpect(content().string(containsString("<code class=\"ms-3\">malicious-code/c2-server</code>")))
                .andExpect(content().string(containsString("<td>C2 サーバ</td>")))
                .andExpect(content().string(containsString("name=\"cell.CRITICAL.CRITICAL\"")))
                .andExpect(content().string(containsString("TLP:AMBER+STRICT (organisation only)")))
                .andExpect(content().string(not(containsString("style="))));
    }

    @Test
    void showsTheJapanesePageForAJapaneseBrowser() throws Exception {
        mvc.perform(get("/admin/taxonomy").header("Accept-Language", "ja-JP,ja;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h4\">分類と優先度</h1>")))
                .andExpect(content().string(containsString("悪性コード")))
                .andExpect(content().string(containsString("<td>Malicious Code</td>")))
                .andExpect(content().string(containsString("優先度マトリクス")));
    }

    @Test
    void addsALocalClassAndTypeFromTheForms() throws Exception {
        String cls = uniqueKey("page");
        mvc.perform(post("/admin/taxonomy/classes").with(csrf()).param("key", cls)
                        .param("labelEn", "From the page").param("labelJa", "画面から"))
                .andExpect(redirectedUrl("/admin/taxonomy"))
                .andExpect(flash().attribute("flash", "taxonomy.class-added"));
        mvc.perform(post("/admin/taxonomy/types").with(csrf()).param("classKey", cls).param("key", "kind")
                        .param("labelEn", "Kind").param("labelJa", "種類"))
                .andExpect(redirectedUrl("/admin/taxonomy"));
        mvc.perform(get("/admin/taxonomy"))
                .andExpect(content().string(containsString("<code class=\"ms-3\">" + cls + "/kind</code>")));
        awaitAudit(jdbc, "taxonomy.type-added", cls + "/kind");
    }

    @Test
    void showsFieldErrorsForAnInvalidOrTakenKey() throws Exception {
        mvc.perform(post("/admin/taxonomy/classes").with(csrf()).param("key", "No Good")
                        .param("labelEn", "x").param("labelJa", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use 2 to 64 lower-case letters, digits and hyphens.")))
                .andExpect(content().string(containsString("value=\"No Good\"")));
        mvc.perform(post("/admin/taxonomy/classes").with(csrf()).param("key", "fraud")
                        .param("labelEn", "x").param("labelJa", "x"))
                .andExpect(content().string(containsString("The key fraud is already taken.")));
    }

    @Test
    void deprecatesReactivatesAndDeletesFromTheTable() throws Exception {
        String cls = uniqueKey("button");
        taxonomy.addClass(cls, new org.yagura.taxonomy.TaxonomyLabels("Button", "ボタン", null, null));
        mvc.perform(post("/admin/taxonomy/deprecate").with(csrf()).param("key", cls).param("deprecated", "true"))
                .andExpect(flash().attribute("flash", "taxonomy.deprecated"));
        mvc.perform(get("/admin/taxonomy"))
                .andExpect(content().string(containsString("id=\"entry-" + cls + "\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"key\" value=\"" + cls + "\">")))
                .andExpect(content().string(containsString("<form method=\"post\" action=\"/admin/taxonomy/deprecate\">")));
        mvc.perform(post("/admin/taxonomy/deprecate").with(csrf()).param("key", cls).param("deprecated", "false"))
                .andExpect(flash().attribute("flash", "taxonomy.reactivated"));
        mvc.perform(post("/admin/taxonomy/delete").with(csrf()).param("key", cls))
                .andExpect(flash().attribute("flash", "taxonomy.deleted"));
        mvc.perform(post("/admin/taxonomy/delete").with(csrf()).param("key", "fraud/phishing"))
                .andExpect(flash().attribute("problem", containsString("cannot be deleted")));
    }

    @Test
    void relabelsALocalEntry() throws Exception {
        String cls = uniqueKey("wording");
        mvc.perform(post("/admin/taxonomy/classes").with(csrf()).param("key", cls)
                .param("labelEn", "Old wording").param("labelJa", "旧い表現"));
        mvc.perform(post("/admin/taxonomy/relabel").with(csrf()).param("key", cls)
                        .param("labelEn", "New wording").param("labelJa", "新しい表現").param("descriptionJa", "説明"))
                .andExpect(flash().attribute("flash", "taxonomy.saved"));
        mvc.perform(get("/admin/taxonomy").header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("<td title=\"説明\">新しい表現</td>")));
        mvc.perform(post("/admin/taxonomy/relabel").with(csrf()).param("key", "fraud")
                        .param("labelEn", "Scam").param("labelJa", "詐欺"))
                .andExpect(flash().attribute("problem", containsString("RSIT")));
        awaitAudit(jdbc, "taxonomy.updated", cls);
    }

    @Test
    void savesThePriorityMatrixGrid() throws Exception {
        try {
            mvc.perform(post("/admin/taxonomy/priority-matrix").with(csrf()).param("cell.HIGH.LOW", "P4"))
                    .andExpect(flash().attribute("flash", "taxonomy.priority-matrix-saved"));
            org.assertj.core.api.Assertions.assertThat(matrix.priority(Impact.HIGH, Urgency.LOW)).isEqualTo(Priority.P4);
        } finally {
            mvc.perform(post("/admin/taxonomy/priority-matrix").with(csrf()).param("cell.HIGH.LOW", "P3"));
        }
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void forbidsAnalysts() throws Exception {
        mvc.perform(get("/admin/taxonomy")).andExpect(status().isForbidden());
    }
}
