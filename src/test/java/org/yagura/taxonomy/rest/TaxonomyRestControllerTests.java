package org.yagura.taxonomy.rest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.taxonomy.TaxonomyFixtures.ADMIN_TOKEN;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;
import static org.yagura.taxonomy.TaxonomyFixtures.uniqueKey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yagura.taxonomy.TaxonomyFixtures;

@SpringBootTest
@AutoConfigureMockMvc
class TaxonomyRestControllerTests {

    private static final String CLASSES = "/api/v1/taxonomy/classes";
    private final MockMvc mvc;
    private final JdbcClient jdbc;

    @Autowired
    TaxonomyRestControllerTests(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @Test
    void listsClassesWithTypesInBothLanguagesAndTheCallers() throws Exception {
        mvc.perform(get(CLASSES).header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].key").value("abusive-content"))
                .andExpect(jsonPath("$.items[0].label").value("Abusive Content"))
                .andExpect(jsonPath("$.items[0].labelJa").value("不適切なコンテンツ"))
                .andExpect(jsonPath("$.items[0].source").value("rsit"))
                .andExpect(jsonPath("$.items[1].types[1].qualifiedKey").value("malicious-code/c2-server"))
                .andExpect(jsonPath("$.items[1].types[1].upstreamUuid").value("3ad4e91b-cf7d-5eac-aa03-3d556dfd9c80"));
        mvc.perform(get(CLASSES).header("Authorization", ADMIN_TOKEN).header("Accept-Language", "ja"))
                .andExpect(jsonPath("$.items[1].label").value("悪性コード"))
                .andExpect(jsonPath("$.items[1].labelEn").value("Malicious Code"));
    }

    @Test
    void addsChangesAndDeletesALocalClassAndType() throws Exception {
        String cls = uniqueKey("insider");
        mvc.perform(json(post(CLASSES), """
                        {"key":"%s","labelEn":"Insider threat","labelJa":"内部不正"}""".formatted(cls)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/taxonomy/classes/" + cls))
                .andExpect(jsonPath("$.source").value("local"));
        mvc.perform(json(post(CLASSES + "/" + cls + "/types"), """
                        {"key":"data-theft","labelEn":"Data theft","labelJa":"情報の持ち出し"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.qualifiedKey").value(cls + "/data-theft"));
        mvc.perform(json(patch(CLASSES + "/" + cls + "/types/data-theft"), """
                        {"labelEn":"Theft of data","deprecated":true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.types[0].labelEn").value("Theft of data"))
                .andExpect(jsonPath("$.types[0].deprecated").value(true));
        mvc.perform(get(CLASSES + "/" + cls + "/types/data-theft").header("Authorization", ADMIN_TOKEN))
                .andExpect(jsonPath("$.labelJa").value("情報の持ち出し"));
        mvc.perform(delete(CLASSES + "/" + cls + "/types/data-theft").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isNoContent());
        mvc.perform(delete(CLASSES + "/" + cls).header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isNoContent());
        mvc.perform(get(CLASSES + "/" + cls + "/types/data-theft").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No such type: " + cls + "/data-theft"));

        awaitAudit(jdbc, "taxonomy.class-added", cls);
        awaitAudit(jdbc, "taxonomy.type-added", cls + "/data-theft");
        awaitAudit(jdbc, "taxonomy.updated", cls + "/data-theft");
        awaitAudit(jdbc, "taxonomy.deprecated", cls + "/data-theft");
        awaitAudit(jdbc, "taxonomy.deleted", cls + "/data-theft");
        awaitAudit(jdbc, "taxonomy.deleted", cls);
    }

    @Test
    void deprecatesAndReactivatesAShippedClassButNeverDeletesIt() throws Exception {
        mvc.perform(json(patch(CLASSES + "/test"), "{\"deprecated\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deprecated").value(true));
        mvc.perform(get(CLASSES).header("Authorization", ADMIN_TOKEN))
                .andExpect(jsonPath("$.items[*].key", org.hamcrest.Matchers.not(hasItem("test"))));
        mvc.perform(get(CLASSES).param("includeDeprecated", "true").header("Authorization", ADMIN_TOKEN))
                .andExpect(jsonPath("$.items[*].key", hasItem("test")));
        mvc.perform(json(patch(CLASSES + "/test"), "{\"deprecated\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deprecated").value(false));
        mvc.perform(delete(CLASSES + "/test").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        awaitAudit(jdbc, "taxonomy.deprecated", "test");
        awaitAudit(jdbc, "taxonomy.reactivated", "test");
    }

    @Test
    void refusesADuplicateKeyWith409() throws Exception {
        mvc.perform(json(post(CLASSES), "{\"key\":\"fraud\",\"labelEn\":\"Fraud\",\"labelJa\":\"詐欺\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The key fraud is already taken."));
    }

    @Test
    void refusesAnInvalidKeyWithAFieldError() throws Exception {
        mvc.perform(json(post(CLASSES), "{\"key\":\"Not Valid!\",\"labelEn\":\"x\",\"labelJa\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("key")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("labelJa")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Use 2 to 64 lower-case letters, digits and hyphens.")));
        mvc.perform(json(patch(CLASSES + "/Bad Key"), "{\"deprecated\":true}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void keepsChangesToTeamLeadsAndAdministrators() throws Exception {
        String analyst = TaxonomyFixtures.tokenForNewUser(mvc, "ANALYST");
        mvc.perform(get(CLASSES).header("Authorization", analyst)).andExpect(status().isOk());
        mvc.perform(post(CLASSES).header("Authorization", analyst).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"%s\",\"labelEn\":\"x\",\"labelJa\":\"x\"}".formatted(uniqueKey("analyst"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/taxonomy/priority-matrix").header("Authorization", analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cells\":[{\"impact\":\"LOW\",\"urgency\":\"LOW\",\"priority\":\"P1\"}]}"))
                .andExpect(status().isForbidden());

        String lead = TaxonomyFixtures.tokenForNewUser(mvc, "TEAM_LEAD");
        mvc.perform(post(CLASSES).header("Authorization", lead).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"%s\",\"labelEn\":\"x\",\"labelJa\":\"x\"}".formatted(uniqueKey("lead"))))
                .andExpect(status().isCreated());
    }

    @Test
    void readsAndChangesThePriorityMatrix() throws Exception {
        mvc.perform(get("/api/v1/taxonomy/priority-matrix").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells.length()").value(16))
                .andExpect(jsonPath("$.cells[0].impact").value("CRITICAL"))
                .andExpect(jsonPath("$.cells[0].urgency").value("CRITICAL"))
                .andExpect(jsonPath("$.cells[0].priority").value("P1"));
        try {
            mvc.perform(json(put("/api/v1/taxonomy/priority-matrix"),
                            "{\"cells\":[{\"impact\":\"LOW\",\"urgency\":\"CRITICAL\",\"priority\":\"P2\"}]}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cells[?(@.impact=='LOW' && @.urgency=='CRITICAL')].priority").value("P2"));
            String summary = awaitAudit(jdbc, "taxonomy.priority-matrix-changed", "priority-matrix");
            org.assertj.core.api.Assertions.assertThat(summary).contains("LOW × CRITICAL: P3 → P2");
        } finally {
            mvc.perform(json(put("/api/v1/taxonomy/priority-matrix"),
                    "{\"cells\":[{\"impact\":\"LOW\",\"urgency\":\"CRITICAL\",\"priority\":\"P3\"}]}"));
        }
        mvc.perform(json(put("/api/v1/taxonomy/priority-matrix"), "{\"cells\":[{\"impact\":\"HUGE\"}]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void describesTlpAndPapInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/taxonomy/markings").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tlp[3].code").value("TLP:AMBER+STRICT"))
                .andExpect(jsonPath("$.tlp[3].labels.ja").value("TLP:AMBER+STRICT（組織内限定）"))
                .andExpect(jsonPath("$.pap.length()").value(4))
                .andExpect(jsonPath("$.pap[2].code").value("PAP:AMBER"));
    }

    @Test
    void documentsTheEndpointsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/taxonomy/classes'].get.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/taxonomy/classes'].post.summary").value("Add a local class (team lead or administrator)"))
                .andExpect(jsonPath("$.paths['/api/v1/taxonomy/classes/{classKey}/types/{typeKey}'].patch.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/taxonomy/priority-matrix'].put.summary").isString());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
