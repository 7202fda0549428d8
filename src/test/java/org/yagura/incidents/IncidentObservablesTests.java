package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.observables.ObservableFixtures;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentObservablesTests {

    private static final String ADMIN = "Bearer ygr_test_bootstrap_token_0123456789abcdefghij";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void attachesArtifactsToAnIncident() throws Exception {
        String incident = open("Malware sample");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/incidents/" + incident + "/artifacts")
                        .file(new org.springframework.mock.web.MockMultipartFile("files", "dropper.bin", "application/octet-stream",
                                "MZ sample".getBytes(StandardCharsets.US_ASCII)))
                        .header("Authorization", ADMIN))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/incidents/" + incident + "/artifacts").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("dropper.bin")));
        mvc.perform(get("/incidents/" + incident + "/artifacts").header("Authorization", ADMIN).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("dropper.bin")));
        mvc.perform(get("/api/v1/incidents/IR-1999-9999/artifacts").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
    }

    private String open(String title) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"classKey\":\"malicious-code\",\"typeKey\":\"c2-server\","
                                + "\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    @Test
    void correlatesAnIncidentWithAReportHoldingTheSameValue() throws Exception {
        String incident = JSON.readTree(mvc.perform(post("/api/v1/incidents").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"C2 beaconing\",\"classKey\":\"malicious-code\",\"typeKey\":\"c2-server\","
                                + "\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\",\"tlp\":\"AMBER\",\"pap\":\"AMBER\",\"personalDataBreach\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
        String report = ObservableFixtures.report(mvc, ADMIN, "GREEN", "");
        ObservableFixtures.link(mvc, ADMIN, report, "[{\"value\":\"c2.incident-corr.yagura-test.jp\"}]");
        mvc.perform(post("/api/v1/observables/records/incident/" + incident).header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"value\":\"c2.incident-corr.yagura-test.jp\",\"role\":\"INFRASTRUCTURE\"}]"))
                .andExpect(status().isOk());

        String correlation = mvc.perform(get("/api/v1/observables/records/incident/" + incident + "/correlation")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(correlation).contains(report);
        mvc.perform(get("/observables/records/report/" + report + "/correlation").header("Authorization", ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 other incident")))
                .andExpect(content().string(containsString("href=\"/incidents/" + incident + "\"")));
        mvc.perform(get("/incidents/" + incident).header("Authorization", ADMIN))
                .andExpect(content().string(containsString("hx-get=\"/observables/records/incident/" + incident + "/correlation\"")));
    }
}
