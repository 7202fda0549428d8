package org.yagura.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.audit.AuditFixtures;
import org.yagura.audit.AuditTrail;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMINISTRATOR")
class AuditPageControllerTests {

    private final MockMvc mvc;
    private final AuditTrail trail;

    @Autowired
    AuditPageControllerTests(MockMvc mvc, AuditTrail trail) {
        this.mvc = mvc;
        this.trail = trail;
    }

    @Test
    void showsEntriesWithFiltersAndTheMenuEntryInEnglish() throws Exception {
        String actor = AuditFixtures.uniqueActor("page");
        trail.append(AuditFixtures.change(actor, "incident.escalated", "IR-2026-0042"));

        mvc.perform(get("/admin/audit").param("actor", actor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h4 mb-0\">Audit trail</h1>")))
                .andExpect(content().string(containsString("IR-2026-0042")))
                .andExpect(content().string(containsString("incident.escalated")))
                .andExpect(content().string(containsString("href=\"/admin/audit\">Audit trail</a>")))
                .andExpect(content().string(containsString("value=\"" + actor + "\"")));
    }

    @Test
    void showsTheJapanesePageWhenTheUserChoosesJapanese() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/admin/audit").param("lang", "ja"))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/admin/audit").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h4 mb-0\">監査証跡</h1>")))
                .andExpect(content().string(containsString("チェーンを検証")));
        mvc.perform(get("/admin/audit").header("Accept-Language", "ja-JP,ja;q=0.9"))
                .andExpect(content().string(containsString("<h1 class=\"h4 mb-0\">監査証跡</h1>")));
    }

    @Test
    void linksToOlderEntriesKeepingTheFilters() throws Exception {
        String actor = AuditFixtures.uniqueActor("older");
        for (int i = 0; i < 51; i++) {
            trail.append(AuditFixtures.change(actor, "sample.step", "s" + i));
        }

        mvc.perform(get("/admin/audit").param("actor", actor).param("action", "sample."))
                .andExpect(content().string(containsString("id=\"audit-next\" href=\"/admin/audit?actor=" + actor
                        + "&amp;action=sample.&amp;cursor=")))
                .andExpect(content().string(not(containsString(">s0<"))));
    }

    @Test
    void readsTheTimeFilterInTheUsersTimeZone() throws Exception {
        String actor = AuditFixtures.uniqueActor("zone");
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        trail.append(AuditFixtures.change(actor, null, t0, "sample.early", "z"));
        trail.append(AuditFixtures.change(actor, null, t0.plusSeconds(3600), "sample.late", "z"));

        mvc.perform(get("/admin/audit").param("actor", actor).param("from", "2026-03-01T00:30"))
                .andExpect(content().string(containsString("sample.late")))
                .andExpect(content().string(not(containsString("sample.early"))));
    }

    @Test
    void rejectsATimeThatIsNotOne() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void answersHtmxWithTheVerificationFragment() throws Exception {
        mvc.perform(get("/admin/audit").param("verify", "true").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("id=\"audit-verification-result\" data-intact=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void showsTheVerificationOnTheFullPageWithoutHtmx() throws Exception {
        mvc.perform(get("/admin/audit").param("verify", "true"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("The audit trail is intact")));
    }

    @Test
    void answersHtmxWithTheTableFragment() throws Exception {
        mvc.perform(get("/admin/audit").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"audit-table\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    @WithMockUser(roles = "TEAM_LEAD")
    void forbidsEveryoneButAdministrators() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    }
}
