package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;
import static org.yagura.artifacts.ArtifactFixtures.file;
import static org.yagura.artifacts.ArtifactFixtures.json;
import static org.yagura.artifacts.ArtifactFixtures.report;
import static org.yagura.artifacts.ArtifactFixtures.upload;
import static org.yagura.artifacts.ArtifactFixtures.user;
import static org.yagura.artifacts.ArtifactFixtures.username;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The evidence API and pages: recording, custody transfers confirmed by the receiver, verification, the custody report. */
@SpringBootTest(properties = "yagura.files.max-size=64KB")
@AutoConfigureMockMvc
class EvidenceControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void recordsADigitalItemAndHandsItOverThroughTheApi() throws Exception {
        String report = report(mvc, "AMBER");
        JsonNodeLike artifact = new JsonNodeLike(upload(mvc, ADMIN, report, file("auth.log", "Failed password for root\n".getBytes(StandardCharsets.UTF_8))).get(0));
        String body = mvc.perform(post("/api/v1/evidence").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recordKey":"%s","description":"auth.log of web01","type":"DIGITAL","artifactKey":"%s",
                                 "sourceSystem":"web01","acquiredBy":"admin","acquiredAt":"2026-11-24T10:00:00Z",
                                 "acquisitionMethod":"scp","storageLocation":"Yagura blob store","legalHold":false}"""
                                .formatted(report, artifact.get("key"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.item.sha256").value(artifact.get("sha256")))
                .andExpect(jsonPath("$.custody[0].type").value("ACQUIRED"))
                .andReturn().getResponse().getContentAsString();
        String key = json(body).get("item").get("key").asString();

        String handler = user(mvc, "INCIDENT_HANDLER");
        String handlerName = username(mvc, handler);
        String other = user(mvc, "ANALYST");
        mvc.perform(post("/api/v1/evidence/" + key + "/transfers").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + handlerName + "\",\"purpose\":\"timeline analysis\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pendingTransfer.toUser").value(handlerName));
        mvc.perform(post("/api/v1/evidence/" + key + "/transfers/confirmation").header("Authorization", other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/evidence/" + key + "/transfers/confirmation").header("Authorization", handler))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item.custodian").value(handlerName))
                .andExpect(jsonPath("$.pendingTransfer").doesNotExist());
        mvc.perform(post("/api/v1/evidence/" + key + "/verifications").header("Authorization", other))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.custody[3].result").value("MATCH"));
        mvc.perform(get("/api/v1/evidence").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[*].key", hasItem(key)));
    }

    @Test
    void answersBadInputWithProblems() throws Exception {
        String report = report(mvc, "AMBER");
        mvc.perform(post("/api/v1/evidence").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordKey\":\"" + report + "\",\"type\":\"DEVICE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("storageLocation")));
        mvc.perform(post("/api/v1/evidence").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recordKey":"RPT-1999-00001","description":"USB stick","type":"DEVICE","acquiredBy":"admin",
                                 "acquiredAt":"2026-11-24T10:00:00Z","storageLocation":"Safe 1"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evidence/EVD-1999-00001").header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void recordsAPhysicalItemFromThePagesAndShowsItsCustodyReport() throws Exception {
        String report = report(mvc, "AMBER");
        mvc.perform(get("/evidence/new?record=" + report).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("原本の保管場所")));
        mvc.perform(post("/evidence").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("recordKey", report).param("type", "DOCUMENT").param("description", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invalid-feedback")));
        String location = mvc.perform(post("/evidence").header("Authorization", ADMIN)
                        .param("recordKey", report).param("type", "DOCUMENT").param("description", "Visitor log | page 3")
                        .param("acquiredBy", "Sato").param("acquiredAt", "2026-11-24T09:30").param("storageLocation", "Safe 3")
                        .param("legalHold", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/evidence/EVD-\\d{4}-\\d{5}");
        mvc.perform(get(location).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Chain of custody")))
                .andExpect(content().string(containsString("id=\"transfer-form\"")));
        mvc.perform(get(location + "/custody.md").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("# Custody report: " + location.substring("/evidence/".length()))))
                .andExpect(content().string(containsString("Visitor log \\| page 3")))
                .andExpect(content().string(containsString("| Legal hold | yes |")));
        String evidenceKey = location.substring("/evidence/".length());
        byte[] pdf = mvc.perform(get(location + "/custody.pdf").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Custody report: " + evidenceKey, "Visitor log | page 3", "Safe 3", "Sato", "Chain of custody");
        }
        byte[] apiPdf = mvc.perform(get("/api/v1/evidence/" + evidenceKey + "/custody-report").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(apiPdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/evidence/" + evidenceKey + "/custody-report").param("format", "md")
                        .header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("# 保管の連鎖レポート: " + evidenceKey)));
        mvc.perform(get("/api/v1/evidence/" + evidenceKey + "/custody-report").param("format", "docx")
                        .header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("docx")));
        mvc.perform(get("/evidence").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("証拠品")))
                .andExpect(content().string(containsString(location)));
    }

    /** A JSON node read as text fields. */
    private record JsonNodeLike(tools.jackson.databind.JsonNode node) {
        String get(String field) {
            return node.get(field).asString();
        }
    }
}
