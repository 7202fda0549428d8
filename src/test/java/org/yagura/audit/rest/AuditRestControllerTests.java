package org.yagura.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.audit.AuditFixtures;
import org.yagura.audit.AuditTrail;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMINISTRATOR")
class AuditRestControllerTests {

    private final MockMvc mvc;
    private final AuditTrail trail;

    @Autowired
    AuditRestControllerTests(MockMvc mvc, AuditTrail trail) {
        this.mvc = mvc;
        this.trail = trail;
    }

    @Test
    void listsEntriesOfOneActorNewestFirstWithIsoInstants() throws Exception {
        String actor = AuditFixtures.uniqueActor("rest");
        long first = trail.append(AuditFixtures.change(actor, "user.created", "u1")).seq();
        long second = trail.append(AuditFixtures.change(actor, "user.disabled", "u1")).seq();

        mvc.perform(get("/api/v1/audit").param("actor", actor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].seq", contains((int) second, (int) first)))
                .andExpect(jsonPath("$.items[0].actor").value(actor))
                .andExpect(jsonPath("$.items[0].clientAddress").value("192.0.2.10"))
                .andExpect(jsonPath("$.items[0].occurredAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z")))
                .andExpect(jsonPath("$.items[0].hash", matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.next", nullValue()));
    }

    @Test
    void filtersByActionPrefixSubjectAndTimeRange() throws Exception {
        String actor = AuditFixtures.uniqueActor("filter");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        trail.append(AuditFixtures.change(actor, null, t0, "user.created", "alice"));
        trail.append(AuditFixtures.change(actor, null, t0.plusSeconds(60), "user.role_changed", "alice"));
        trail.append(AuditFixtures.change(actor, null, t0.plusSeconds(120), "team.created", "alice"));
        trail.append(AuditFixtures.change(actor, null, t0.plusSeconds(180), "user.created", "bob"));

        mvc.perform(get("/api/v1/audit").param("actor", actor).param("action", "user."))
                .andExpect(jsonPath("$.items", hasSize(3)));
        mvc.perform(get("/api/v1/audit").param("actor", actor).param("action", "user_"))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/v1/audit").param("actor", actor).param("subjectType", "sample").param("subjectId", "bob"))
                .andExpect(jsonPath("$.items[*].action", contains("user.created")));
        mvc.perform(get("/api/v1/audit").param("actor", actor)
                        .param("from", "2026-01-01T00:01:00Z").param("to", "2026-01-01T00:03:00Z"))
                .andExpect(jsonPath("$.items[*].action", contains("team.created", "user.role_changed")))
                .andExpect(jsonPath("$.items[*].clientAddress", contains(nullValue(), nullValue())));
    }

    @Test
    void pagesThroughEntriesWithTheCursor() throws Exception {
        String actor = AuditFixtures.uniqueActor("page");
        for (int i = 0; i < 5; i++) {
            trail.append(AuditFixtures.change(actor, "sample.step", "s" + i));
        }

        String page1 = mvc.perform(get("/api/v1/audit").param("actor", actor).param("limit", "2"))
                .andExpect(jsonPath("$.items[*].subjectId", contains("s4", "s3")))
                .andReturn().getResponse().getContentAsString();
        String page2 = mvc.perform(get("/api/v1/audit").param("actor", actor).param("limit", "2")
                        .param("cursor", JsonPath.<String>read(page1, "$.next")))
                .andExpect(jsonPath("$.items[*].subjectId", contains("s2", "s1")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/audit").param("actor", actor).param("limit", "2")
                        .param("cursor", JsonPath.<String>read(page2, "$.next")))
                .andExpect(jsonPath("$.items[*].subjectId", contains("s0")))
                .andExpect(jsonPath("$.next", nullValue()));
    }

    @Test
    void rejectsABadCursorOrLimitAsProblem() throws Exception {
        mvc.perform(get("/api/v1/audit").param("cursor", "bm90LWEtbnVtYmVy"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit").param("limit", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit").param("from", "yesterday"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void reportsAnIntactChainWithAnExplicitNullFirstBrokenEntry() throws Exception {
        trail.append(AuditFixtures.change("rest", "sample.checked", "v"));

        String body = mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value((int) trail.verify().entries()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"firstBrokenEntry\":null");
    }

    @Test
    void documentsBothEndpointsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get.summary").value("List audit entries, newest first"))
                .andExpect(jsonPath("$.paths['/api/v1/audit/verify'].get.summary").value("Verify the hash chain"));
    }

    @Test
    @WithMockUser(roles = "TEAM_LEAD")
    void forbidsEveryoneButAdministrators() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isForbidden());
    }
}
