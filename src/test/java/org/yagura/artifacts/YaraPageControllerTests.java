package org.yagura.artifacts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;
import static org.yagura.artifacts.ArtifactFixtures.file;
import static org.yagura.artifacts.ArtifactFixtures.report;
import static org.yagura.artifacts.ArtifactFixtures.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The YARA pages in Japanese and English: the list, the form with compiler errors by line, the artifact panel. */
@SpringBootTest(properties = "yagura.files.max-size=64KB")
@AutoConfigureMockMvc
@ExtendWith(RequiresYara.class)
class YaraPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFormShowsCompilerErrorsWithTheirLineAndKeepsTheText() throws Exception {
        String bad = "rule ok { condition: true }\nrule broken {\n  condition:\n    nope\n}\n";
        mvc.perform(post("/yara").header("Authorization", ADMIN).header("Accept-Language", "ja")
                        .param("name", "壊れたルール").param("source", bad).param("tlp", "AMBER").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-errors\"")))
                .andExpect(content().string(containsString("4 行目:")))
                .andExpect(content().string(containsString("ルールをコンパイルできません")))
                .andExpect(content().string(containsString("rule broken {")));
        mvc.perform(post("/yara").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("name", "Checked").param("source", "rule Fine { condition: true }").param("check", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rules-valid\"")))
                .andExpect(content().string(containsString("The rules compile: 1 rules (Fine)")));
    }

    @Test
    void aSavedRuleSetAppearsInTheListAndItsMatchInTheArtifactPanel() throws Exception {
        String marker = "PAGE" + UUID.randomUUID().toString().replace("-", "");
        String location = mvc.perform(post("/yara").header("Authorization", ADMIN).param("name", "Page rules")
                        .param("tags", "mail, loader").param("tlp", "GREEN").param("enabled", "true")
                        .param("source", "rule Page_Marker : page {\n strings:\n  $m = \"" + marker + "\"\n condition:\n  $m\n}\n"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/yara/YR-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String key = location.substring("/yara/".length());
        mvc.perform(get("/yara").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("YARA ルール")))
                .andExpect(content().string(containsString("/yara/" + key)))
                .andExpect(content().string(not(containsString("id=\"yara-unavailable\""))));

        String report = report(mvc, "AMBER");
        String artifact = upload(mvc, ADMIN, report, file("sample.bin", ("....." + marker).getBytes(StandardCharsets.US_ASCII)))
                .get(0).get("key").asString();
        mvc.perform(get("/artifacts/" + artifact).header("Authorization", ADMIN))
                .andExpect(content().string(containsString("hx-get=\"/artifacts/" + artifact + "/yara\"")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/artifacts/" + artifact + "/yara").header("Authorization", ADMIN).header("HX-Request", "true")
                                .header("Accept-Language", "en"))
                        .andExpect(content().string(containsString("Page_Marker")))
                        .andExpect(content().string(containsString("0x5")))
                        .andExpect(content().string(not(containsString("<html")))));
        mvc.perform(get("/yara/" + key).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString(artifact)))
                .andExpect(content().string(containsString("Page_Marker")));
        String hunt = mvc.perform(post("/yara/hunts").header("Authorization", ADMIN).param("ruleSet", key))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/yara/hunts/HUNT-*"))
                .andReturn().getResponse().getRedirectedUrl();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get(hunt).header("Authorization", ADMIN).header("HX-Request", "true").header("Accept-Language", "ja"))
                        .andExpect(content().string(containsString("data-status=\"DONE\"")))
                        .andExpect(content().string(containsString("完了")))
                        .andExpect(content().string(not(containsString("every 1s")))));
        mvc.perform(get(hunt).header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Retro-hunt")))
                .andExpect(content().string(containsString(artifact)));
        mvc.perform(post("/yara/" + key + "/disable").header("Authorization", ADMIN))
                .andExpect(status().is3xxRedirection());
    }
}
