package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;
import static org.yagura.artifacts.ArtifactFixtures.awaitAnalysis;
import static org.yagura.artifacts.ArtifactFixtures.file;
import static org.yagura.artifacts.ArtifactFixtures.json;
import static org.yagura.artifacts.ArtifactFixtures.report;
import static org.yagura.artifacts.ArtifactFixtures.upload;
import static org.yagura.artifacts.ArtifactFixtures.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import net.lingala.zip4j.model.LocalFileHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.shared.files.BlobStore;
import tools.jackson.databind.JsonNode;

/** The artifacts API, with a file size limit of 64 KiB so that the limit can be tested cheaply. */
@SpringBootTest(properties = "yagura.files.max-size=64KB")
@AutoConfigureMockMvc
class ArtifactRestControllerTests {

    private static final byte[] TEXT = "Dear customer, please log in at hxxp://bank-example[.]test\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    BlobStore blobs;
    @Autowired
    JdbcClient jdbc;
    @Value("${yagura.data-dir}")
    Path dataDir;

    @Test
    void storesSeveralFilesOnAReportAndAnalysesThemInTheBackground() throws Exception {
        String report = report(mvc, "AMBER");
        JsonNode items = upload(mvc, ADMIN, report, file("mail.txt", TEXT), file("empty.bin", new byte[0]));
        assertThat(items).hasSize(2);
        JsonNode text = items.get(0);
        assertThat(text.get("key").asString()).matches("ART-\\d{4}-\\d{5}");
        assertThat(text.get("recordKey").asString()).isEqualTo(report);
        assertThat(text.get("size").asLong()).isEqualTo(TEXT.length);
        assertThat(text.get("sha256").asString()).isEqualTo(sha256(TEXT));
        assertThat(text.get("tlp").asString()).isEqualTo("AMBER");

        JsonNode analysed = awaitAnalysis(mvc, text.get("key").asString());
        assertThat(analysed.get("analysisStatus").asString()).isEqualTo("DONE");
        assertThat(analysed.get("analysis").get("sha256").asString()).isEqualTo(sha256(TEXT));
        assertThat(analysed.get("analysis").get("md5").asString()).hasSize(32);
        assertThat(analysed.get("analysis").get("mimeType").asString()).isEqualTo("text/plain");
        assertThat(analysed.get("analysisAttempts").asInt()).isEqualTo(1);

        JsonNode empty = awaitAnalysis(mvc, items.get(1).get("key").asString());
        assertThat(empty.get("analysisStatus").asString()).isEqualTo("DONE");
        assertThat(empty.get("analysis").get("size").asLong()).isZero();
        assertThat(empty.get("analysis").get("sha256").asString())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

        mvc.perform(get("/api/v1/reports/" + report + "/artifacts").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].fileName").value("mail.txt"))
                .andExpect(jsonPath("$.items[1].fileName").value("empty.bin"));
    }

    @Test
    void keepsTheFileNameOnlyAndAStricterTlpThanTheReports() throws Exception {
        String report = report(mvc, "GREEN");
        String body = mvc.perform(multipart("/api/v1/reports/" + report + "/artifacts").file(file("..\\..\\C:\\evil\\invoice.pdf.exe", TEXT))
                        .param("tlp", "CLEAR").header("Authorization", ADMIN))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(json(body).get("items").get(0).get("fileName").asString()).isEqualTo("invoice.pdf.exe");
        assertThat(json(body).get("items").get(0).get("tlp").asString()).isEqualTo("GREEN");
        body = mvc.perform(multipart("/api/v1/reports/" + report + "/artifacts").file(file("a.txt", TEXT))
                        .param("tlp", "AMBER_STRICT").header("Authorization", ADMIN))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(json(body).get("items").get(0).get("tlp").asString()).isEqualTo("AMBER_STRICT");
    }

    @Test
    void refusesAFileOverTheLimitWith413AndKeepsNothing() throws Exception {
        String report = report(mvc, "AMBER");
        byte[] big = new byte[64 * 1024 + 1];
        big[0] = 7;
        byte[] small = ("stored first, then removed " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/reports/" + report + "/artifacts").file(file("small.txt", small)).file(file("big.bin", big))
                        .header("Authorization", ADMIN))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/" + report + "/artifacts").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(0));
        assertThat(jdbc.sql("SELECT count(*) FROM artifact WHERE record_key = ?").param(report).query(Integer.class).single())
                .isZero();
        assertThat(blobs.exists(sha256(big))).isFalse();
        assertThat(blobs.exists(sha256(small))).as("the blob of the file stored before the failure").isFalse();
        try (Stream<Path> temp = Files.list(dataDir.resolve("blobs").resolve("tmp"))) {
            assertThat(temp.filter(p -> p.getFileName().toString().startsWith("upload-")).toList()).isEmpty();
        }
    }

    @Test
    void answersUnknownRecordsAndMissingFilesWithProblems() throws Exception {
        mvc.perform(multipart("/api/v1/reports/RPT-1999-00001/artifacts").file(file("a.txt", TEXT)).header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/nonsense/RPT-1999-00001/artifacts").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        String report = report(mvc, "AMBER");
        mvc.perform(multipart("/api/v1/reports/" + report + "/artifacts").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/artifacts/ART-1999-00001").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void downloadsOnlyAsAPasswordProtectedZipAfterTheWarning() throws Exception {
        String report = report(mvc, "AMBER");
        String key = upload(mvc, ADMIN, report, file("dropper.exe", TEXT)).get(0).get("key").asString();
        mvc.perform(get("/api/v1/artifacts/" + key + "/download").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("malicious")));
        byte[] zip = mvc.perform(get("/api/v1/artifacts/" + key + "/download?acknowledged=true").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + key + ".zip\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(zip, StandardCharsets.ISO_8859_1)).doesNotContain("Dear customer");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), "infected".toCharArray())) {
            LocalFileHeader entry = in.getNextEntry();
            assertThat(entry.getFileName()).isEqualTo("dropper.exe");
            assertThat(entry.isEncrypted()).isTrue();
            assertThat(in.readAllBytes()).isEqualTo(TEXT);
        }
        assertThatThrownBy(() -> {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), "wrong".toCharArray())) {
                in.getNextEntry();
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void showsAFailedAnalysisAndAnalysesAgainOnRequest() throws Exception {
        String report = report(mvc, "AMBER");
        byte[] unique = ("sample " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String key = upload(mvc, ADMIN, report, file("sample.bin", unique)).get(0).get("key").asString();
        assertThat(awaitAnalysis(mvc, key).get("analysisStatus").asString()).isEqualTo("DONE");

        blobs.delete(sha256(unique));
        mvc.perform(post("/api/v1/artifacts/" + key + "/analysis").header("Authorization", ADMIN))
                .andExpect(status().isAccepted());
        JsonNode failed = awaitAnalysis(mvc, key);
        assertThat(failed.get("analysisStatus").asString()).isEqualTo("FAILED");
        assertThat(failed.get("analysisError").asString()).contains("not in the store");
        assertThat(failed.get("analysisAttempts").asInt()).isEqualTo(2);

        blobs.put(new ByteArrayInputStream(unique));
        mvc.perform(post("/api/v1/artifacts/" + key + "/analysis").header("Authorization", ADMIN))
                .andExpect(status().isAccepted());
        JsonNode again = awaitAnalysis(mvc, key);
        assertThat(again.get("analysisStatus").asString()).isEqualTo("DONE");
        assertThat(again.get("analysisError").isNull()).isTrue();
        assertThat(again.get("analysisAttempts").asInt()).isEqualTo(3);
    }

    @Test
    void hidesArtifactsOfARecordTheCallerMayNotRead() throws Exception {
        String report = report(mvc, "RED");
        String key = upload(mvc, ADMIN, report, file("secret.txt", TEXT)).get(0).get("key").asString();
        String analyst = user(mvc, "ANALYST");
        mvc.perform(get("/api/v1/artifacts/" + key).header("Authorization", analyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/" + report + "/artifacts").header("Authorization", analyst)).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/reports/" + report + "/artifacts").file(file("a.txt", TEXT)).header("Authorization", analyst))
                .andExpect(status().isNotFound());
        String observer = user(mvc, "OBSERVER");
        String open = report(mvc, "GREEN");
        mvc.perform(multipart("/api/v1/reports/" + open + "/artifacts").file(file("a.txt", TEXT)).header("Authorization", observer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + open + "/artifacts").header("Authorization", observer)).andExpect(status().isOk());
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
