package org.yagura.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.shared.files.BlobStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class MailImportTests {

    private static final String ADMIN = ReportRestControllerTests.ADMIN;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PAYLOAD = "MZ fake executable".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    BlobStore blobs;

    static byte[] phishingReport(String messageId) {
        return ("""
                From: =?UTF-8?B?""" + Base64.getEncoder().encodeToString("経理部".getBytes(StandardCharsets.UTF_8)) + """
                ?= <keiri@victim.example>
                To: csirt@csirt.example
                Subject: Fwd: =?UTF-8?B?""" + Base64.getEncoder().encodeToString("請求書の確認".getBytes(StandardCharsets.UTF_8)) + """
                ?=
                Date: Wed, 25 Nov 2026 09:00:00 +0900
                Message-ID: <""" + messageId + """
                >
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="xyz"

                --xyz
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=utf-8

                Suspicious invoice from hxxp://invoice[.]evil.example/pay
                --alt
                Content-Type: text/html; charset=utf-8

                <p>Suspicious <a href="http://invoice.evil.example/pay">invoice</a></p><script>alert(1)</script>
                --alt--
                --xyz
                Content-Type: application/octet-stream; name="invoice.exe"
                Content-Disposition: attachment; filename="invoice.exe"
                Content-Transfer-Encoding: base64

                """ + Base64.getEncoder().encodeToString(PAYLOAD) + """

                --xyz--
                """).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode upload(byte[] eml, int expectedStatus) throws Exception {
        String body = mvc.perform(multipart("/api/v1/reports/eml")
                        .file(new MockMultipartFile("file", "report.eml", "message/rfc822", eml))
                        .param("tlp", "GREEN").header("Authorization", ADMIN))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    @Test
    void importsAnEmlAsAnEmailReportWithItsAttachmentsKeptAsFiles() throws Exception {
        String id = "import-" + System.nanoTime() + "@victim.example";
        JsonNode report = upload(phishingReport(id), 201);

        assertThat(report.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(report.get("reporter").asString()).isEqualTo("経理部 <keiri@victim.example>");
        assertThat(report.get("summary").asString()).isEqualTo("Fwd: 請求書の確認");
        assertThat(report.get("body").asString()).contains("hxxp://invoice[.]evil.example/pay");
        assertThat(report.get("receivedAt").asString()).isEqualTo("2026-11-25T00:00:00Z");
        assertThat(report.get("tlp").asString()).isEqualTo("GREEN");

        String key = report.get("key").asString();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PAYLOAD));
        mvc.perform(get("/api/v1/reports/" + key + "/mail").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messageId").value("<" + id + ">"))
                .andExpect(jsonPath("$.recipients[0]").value("csirt@csirt.example"))
                .andExpect(jsonPath("$.attachments[0].fileName").value("invoice.exe"))
                .andExpect(jsonPath("$.attachments[0].sha256").value(sha))
                .andExpect(jsonPath("$.safeHtml").value(containsString("&lt;http://invoice.evil.example/pay&gt;")))
                .andExpect(jsonPath("$.safeHtml").value(not(containsString("script"))));
        try (InputStream stored = blobs.open(sha)) {
            assertThat(stored.readAllBytes()).isEqualTo(PAYLOAD);
        }
        String original = JSON.readTree(mvc.perform(get("/api/v1/reports/" + key + "/mail").header("Authorization", ADMIN))
                .andReturn().getResponse().getContentAsString()).get("emlSha256").asString();
        assertThat(blobs.exists(original)).isTrue();
        String artifacts = mvc.perform(get("/api/v1/reports/" + key + "/artifacts").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(artifacts).contains("invoice.exe", sha, original, ".eml");
    }

    @Test
    void theSameMessageNeverBecomesASecondReport() throws Exception {
        byte[] eml = phishingReport("twice-" + System.nanoTime() + "@victim.example");
        String first = upload(eml, 201).get("key").asString();
        assertThat(upload(eml, 200).get("key").asString()).isEqualTo(first);
    }

    @Test
    void refusesFilesThatAreNotMailWithAProblem() throws Exception {
        mvc.perform(multipart("/api/v1/reports/eml")
                        .file(new MockMultipartFile("file", "x.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}))
                        .header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/api/v1/reports/eml").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/RPT-1999-00001/mail").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void importsFromThePageAndShowsTheMailPanel() throws Exception {
        String location = mvc.perform(multipart("/reports/import")
                        .file(new MockMultipartFile("file", "r.eml", "message/rfc822", phishingReport("page-" + System.nanoTime() + "@v.example")))
                        .param("tlp", "AMBER").header("Authorization", ADMIN))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/reports/RPT-*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location + "/mail").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invoice.exe")))
                .andExpect(content().string(containsString("経理部 &lt;keiri@victim.example&gt;")))
                .andExpect(content().string(not(containsString("<script"))));
        mvc.perform(multipart("/reports/import").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"eml-file\"")));
    }
}
