package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;
import static org.yagura.artifacts.ArtifactFixtures.awaitAnalysis;
import static org.yagura.artifacts.ArtifactFixtures.file;
import static org.yagura.artifacts.ArtifactFixtures.report;
import static org.yagura.artifacts.ArtifactFixtures.upload;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "yagura.files.max-size=64KB")
@AutoConfigureMockMvc
class ArtifactPageControllerTests {

    private static final byte[] TEXT = "plain text sample\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Test
    void theReportPageLoadsItsArtifactsWithAnUploadFormInJapaneseAndEnglish() throws Exception {
        String report = report(mvc, "AMBER");
        mvc.perform(get("/reports/" + report).header("Authorization", ADMIN))
                .andExpect(content().string(containsString("hx-get=\"/reports/" + report + "/artifacts\"")));
        mvc.perform(get("/reports/" + report + "/artifacts").header("Authorization", ADMIN).header("HX-Request", "true")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"artifact-upload\"")))
                .andExpect(content().string(containsString("添付ファイルはまだありません")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/reports/" + report + "/artifacts").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("No files attached yet.")));
        mvc.perform(get("/reports/RPT-1999-00001/artifacts").header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void uploadsFromThePageAndAnswersTheFragmentOrARedirect() throws Exception {
        String report = report(mvc, "AMBER");
        mvc.perform(multipart("/reports/" + report + "/artifacts").file(file("<img src=x onerror=alert(1)>.txt", TEXT))
                        .header("Authorization", ADMIN).header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;.txt")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("id=\"artifact-list\"")));
        mvc.perform(multipart("/reports/" + report + "/artifacts").file(file("second.txt", TEXT)).header("Authorization", ADMIN))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + report));
    }

    @Test
    void showsTheAnalysisOnTheArtifactPage() throws Exception {
        String report = report(mvc, "AMBER");
        String key = upload(mvc, ADMIN, report, file("note.txt", TEXT)).get(0).get("key").asString();
        awaitAnalysis(mvc, key);
        mvc.perform(get("/artifacts/" + key).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("解析済み")))
                .andExpect(content().string(containsString("text/plain")))
                .andExpect(content().string(containsString("id=\"retry-analysis\"")))
                .andExpect(content().string(not(containsString("every 2s"))));
        mvc.perform(get("/artifacts/" + key + "/analysis").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Analysed")));
        mvc.perform(get("/artifacts/ART-1999-00001").header("Authorization", ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void downloadsOnlyAfterTheWarning() throws Exception {
        String report = report(mvc, "AMBER");
        String key = upload(mvc, ADMIN, report, file("invoice.exe", TEXT)).get(0).get("key").asString();
        mvc.perform(get("/artifacts/" + key + "/download").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This file may be malicious")))
                .andExpect(content().string(containsString("<code id=\"zip-password\">infected</code>")));
        mvc.perform(get("/artifacts/" + key + "/download.zip").header("Authorization", ADMIN))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/artifacts/" + key + "/download"));
        byte[] zip = mvc.perform(get("/artifacts/" + key + "/download.zip?acknowledged=true").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(zip).startsWith(0x50, 0x4b, 0x03, 0x04);
    }
}
