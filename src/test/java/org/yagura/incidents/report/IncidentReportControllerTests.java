package org.yagura.incidents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.incidents.review.ReviewFixtures.ADMIN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.review.ReviewFixtures;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IncidentReportControllerTests {

    private static final Path IPAEX = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INCIDENT = "{\"title\":\"%s\",\"classKey\":\"fraud\",\"typeKey\":\"phishing\",\"impact\":\"MEDIUM\","
            + "\"urgency\":\"HIGH\",\"tlp\":\"%s\",\"pap\":\"AMBER\",\"personalDataBreach\":true,\"personalDataRecords\":120,"
            + "\"businessImpact\":\"経理部門のメールが一時停止\"}";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired UserService users;
    @Autowired ApiTokenService tokens;

    @Test
    void printsTheIncidentAsAJapanesePdfWithTheTitleJournalTasksAndReview() throws Exception {
        requireIpaexFont();
        String key = documentedIncident("経理部門へのフィッシング攻撃");
        byte[] pdf = mvc.perform(get("/incidents/" + key + "/report.pdf").header("Authorization", ADMIN)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"" + key + "-report.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("インシデント報告書 " + key, "経理部門へのフィッシング攻撃", "送信元ドメインをブロックしました",
                    "対応記録", "事後レビュー", "多要素認証が未導入", "全社員に多要素認証を導入", "経理部門のメールが一時停止",
                    "報道対応", "不審なメールに関するお知らせ", "タスク", "送信者をブロック");
            assertThat(text).doesNotContain("\u2F08", "incident-report.");
            assertThat(document.getDocumentInformation().getTitle()).contains(key, "経理部門へのフィッシング攻撃");
        }
    }

    @Test
    void givesTheSameReportAsMarkdownInEnglishFromThePageAndTheApi() throws Exception {
        String key = documentedIncident("Phishing | against finance");
        String page = mvc.perform(get("/incidents/" + key + "/report.md").header("Authorization", ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).startsWith("# Incident report " + key + " — Phishing | against finance")
                .contains("| Status | New |", "## Post-incident review", "多要素認証が未導入", "送信元ドメインをブロックしました",
                        "| 全社員に多要素認証を導入 | admin | 2026-12-01 | Open |", "## Journal", "## Tasks")
                .doesNotContain("incident-report.");
        String api = mvc.perform(get("/api/v1/incidents/" + key + "/report?format=markdown").header("Authorization", ADMIN)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).startsWith("# インシデント報告書 " + key).contains("## 事後レビュー（振り返り）");
        byte[] pdf = mvc.perform(get("/api/v1/incidents/" + key + "/report?format=pdf").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void refusesAnUnknownFormatAndRecordsTheReaderMayNotRead() throws Exception {
        String key = open("Format", "AMBER");
        mvc.perform(get("/api/v1/incidents/" + key + "/report?format=docx").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("docx")));
        mvc.perform(get("/api/v1/incidents/IR-1999-9999/report").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        String red = open("Red report", "RED");
        ReviewFixtures.Staff analyst = ReviewFixtures.staff(details, users, tokens, Role.ANALYST);
        mvc.perform(get("/api/v1/incidents/" + red + "/report?format=markdown").header("Authorization", analyst.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/" + key + "/report?format=markdown").header("Authorization", analyst.bearer()))
                .andExpect(status().isOk());
        ReviewFixtures.Staff constituent = ReviewFixtures.staff(details, users, tokens, Role.CONSTITUENT);
        mvc.perform(get("/api/v1/incidents/" + key + "/report").header("Authorization", constituent.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/incidents/" + red + "/report.pdf").header("Authorization", analyst.bearer()))
                .andExpect(status().isNotFound());
    }

    /** An incident with a task, a journal note, a completed review with an action item and a media statement. */
    private String documentedIncident(String title) throws Exception {
        String key = open(title, "AMBER");
        mvc.perform(json(post("/api/v1/incidents/" + key + "/tasks"),
                "{\"title\":\"送信者をブロック\",\"kind\":\"CONTAINMENT\",\"assignee\":\"admin\"}")).andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/incidents/" + key + "/journal"),
                "{\"kind\":\"ACTION\",\"body\":\"送信元ドメインをブロックしました\"}")).andExpect(status().isCreated());
        mvc.perform(json(put("/api/v1/incidents/" + key + "/review"),
                "{\"summary\":\"1 日で封じ込め\",\"rootCause\":\"多要素認証が未導入\",\"version\":-1}")).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/incidents/" + key + "/review/actions"),
                "{\"title\":\"全社員に多要素認証を導入\",\"owner\":\"admin\",\"dueDate\":\"2026-12-01\"}")).andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/incidents/" + key + "/statements"),
                "{\"title\":\"不審なメールに関するお知らせ\",\"body\":\"当社を装った**不審なメール**にご注意ください。\",\"language\":\"ja\"}"))
                .andExpect(status().isCreated());
        return key;
    }

    private String open(String title, String tlp) throws Exception {
        return JSON.readTree(mvc.perform(json(post("/api/v1/incidents"), INCIDENT.formatted(title, tlp)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Aborts on a developer's machine without Debian's fonts-ipaexfont-gothic; fails in CI, where it must be installed. */
    private static void requireIpaexFont() {
        if (Files.isRegularFile(IPAEX)) {
            return;
        }
        String message = "PDF font tests need " + IPAEX + " (Debian: apt-get install fonts-ipaexfont-gothic)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(message);
    }
}
