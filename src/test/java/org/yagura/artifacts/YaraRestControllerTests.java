package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;
import static org.yagura.artifacts.ArtifactFixtures.file;
import static org.yagura.artifacts.ArtifactFixtures.json;
import static org.yagura.artifacts.ArtifactFixtures.report;
import static org.yagura.artifacts.ArtifactFixtures.upload;
import static org.yagura.artifacts.ArtifactFixtures.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The YARA API with the real yara command: rule sets, scan on arrival, retro-hunts, access. */
@SpringBootTest(properties = "yagura.files.max-size=64KB")
@AutoConfigureMockMvc
@ExtendWith(RequiresYara.class)
class YaraRestControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A marker no other test's file contains, and a rule that finds it. */
    private static String marker() {
        return "YGR" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String rule(String name, String marker) {
        return "rule " + name + " : yagura test {\n  meta:\n    author = \"tests\"\n  strings:\n    $m = \"" + marker
                + "\"\n  condition:\n    $m\n}\n";
    }

    static String body(String name, String source, boolean enabled, String tlp) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name).put("source", source).put("enabled", enabled).put("tlp", tlp);
        node.putArray("tags").add("apt").add("mail");
        return node.toString();
    }

    private ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/yara/rule-sets").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String createKey(String json) throws Exception {
        return json(create(ADMIN, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("key").asString();
    }

    @Test
    void createsReadsEditsDisablesAndDeletesARuleSetAndAuditsEachChange() throws Exception {
        String m = marker();
        String created = create(ADMIN, body("Phishing loaders", rule("Loader_A", m), true, "AMBER"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value(org.hamcrest.Matchers.matchesPattern("YR-\\d{4}-\\d{4}")))
                .andExpect(jsonPath("$.ruleNames[0]").value("Loader_A"))
                .andExpect(jsonPath("$.tags[1]").value("mail"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andReturn().getResponse().getContentAsString();
        String key = json(created).get("key").asString();
        mvc.perform(get("/api/v1/yara/rule-sets/" + key).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.source").value(rule("Loader_A", m)));
        mvc.perform(get("/api/v1/yara/rule-sets?limit=500").header("Authorization", ADMIN))
                .andExpect(content().string(containsString(key)));

        mvc.perform(put("/api/v1/yara/rule-sets/" + key).header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Phishing loaders v2\",\"source\":" + quote(rule("Loader_B", m)) + ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phishing loaders v2"))
                .andExpect(jsonPath("$.ruleNames[0]").value("Loader_B"))
                .andExpect(jsonPath("$.tags[0]").value("apt"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/yara/rule-sets/" + key).header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"stale\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/yara/rule-sets/" + key + "/disable").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post("/api/v1/yara/rule-sets/" + key + "/enable").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(delete("/api/v1/yara/rule-sets/" + key).header("Authorization", ADMIN)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/yara/rule-sets/" + key).header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT action FROM audit_entry WHERE subject_id = ? ORDER BY seq").param(key).query(String.class).list())
                // the audit listener runs asynchronously after each commit: quick successive changes may chain in any order
                .containsExactlyInAnyOrder("yara.rule-set-created", "yara.rule-set-updated", "yara.rule-set-disabled",
                        "yara.rule-set-enabled", "yara.rule-set-deleted"));
    }

    @Test
    void refusesRulesThatDoNotCompileWithTheLineNumberInTheProblem() throws Exception {
        String bad = "rule ok { condition: true }\nrule broken {\n  strings:\n    $a = \"x\"\n  condition:\n    $a and\n}\n";
        create(ADMIN, body("Broken", bad, true, "AMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("line 7")))
                .andExpect(jsonPath("$.errors[0].line").value(7))
                .andExpect(jsonPath("$.errors[0].rule").value("broken"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("syntax error")));
        assertThat(jdbc.sql("SELECT count(*) FROM yara_rule_set WHERE name = 'Broken'").query(Integer.class).single()).isZero();

        create(ADMIN, body("Include", "include \"/etc/passwd\"\nrule a { condition: true }\n", false, "AMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1));
        create(ADMIN, body(" ", "rule a { condition: true }", false, "AMBER")).andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/yara/validate").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":" + quote(bad) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[?(@.severity == 'ERROR')].line").value(org.hamcrest.Matchers.contains(7)))
                .andExpect(jsonPath("$.problems[?(@.severity == 'WARNING')].line").value(org.hamcrest.Matchers.contains(4)));
        mvc.perform(post("/api/v1/yara/validate").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":" + quote(rule("Fine", "abc")) + "}"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.ruleNames[0]").value("Fine"));
    }

    @Test
    void observersReadRuleSetsButOnlyAnalystsManageThemAndTlpRedStaysWithItsAuthor() throws Exception {
        String observer = user(mvc, "OBSERVER");
        String analyst = user(mvc, "ANALYST");
        String key = createKey(body("Shared", rule("Shared_Rule", marker()), false, "GREEN"));
        mvc.perform(get("/api/v1/yara/rule-sets/" + key).header("Authorization", observer)).andExpect(status().isOk());
        create(observer, body("Mine", rule("Mine", marker()), false, "GREEN")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/yara/rule-sets/" + key + "/disable").header("Authorization", observer))
                .andExpect(status().isForbidden());
        String red = json(create(analyst, body("Private", rule("Private_Rule", marker()), false, "RED"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("key").asString();
        mvc.perform(get("/api/v1/yara/rule-sets/" + red).header("Authorization", analyst)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/yara/rule-sets/" + red).header("Authorization", observer)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/yara/rule-sets?limit=500").header("Authorization", observer))
                .andExpect(content().string(containsString(key)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(red))));
    }

    @Test
    void importsAZipOfRuleFilesAndRefusesTraversalNames() throws Exception {
        byte[] zip = YaraRuleArchiveTests.zip("apt/first.yar", rule("First", marker()), "second.yara", rule("Second", marker()),
                "notes.txt", "ignored");
        String body = mvc.perform(multipart("/api/v1/yara/rule-sets/import")
                        .file(new MockMultipartFile("file", "rules.zip", "application/zip", zip))
                        .param("tlp", "GREEN").param("tags", "imported").header("Authorization", ADMIN))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode items = json(body).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("name").asString()).isEqualTo("apt/first");
        assertThat(items.get(1).get("ruleNames").get(0).asString()).isEqualTo("Second");
        assertThat(items.get(0).get("enabled").asBoolean()).isFalse();
        assertThat(items.get(0).get("tags").get(0).asString()).isEqualTo("imported");

        byte[] evil = YaraRuleArchiveTests.zip("ok.yar", rule("Ok", marker()), "../../evil.yar", rule("Evil", marker()));
        mvc.perform(multipart("/api/v1/yara/rule-sets/import").file(new MockMultipartFile("file", "evil.zip", "application/zip", evil))
                        .header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("../../evil.yar")));
        byte[] broken = YaraRuleArchiveTests.zip("good.yar", rule("Good", marker()), "bad.yar", "rule bad {\n condition:\n  nope\n}\n");
        mvc.perform(multipart("/api/v1/yara/rule-sets/import").file(new MockMultipartFile("file", "b.zip", "application/zip", broken))
                        .header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("bad"))
                .andExpect(jsonPath("$.errors[0].line").value(3));
        assertThat(jdbc.sql("SELECT count(*) FROM yara_rule_set WHERE name IN ('good', 'ok')").query(Integer.class).single()).isZero();
    }

    @Test
    void scansAnArtifactOnArrivalAndStoresTheMatchWithItsOffsets() throws Exception {
        String m = marker();
        String ruleSet = createKey(body("Arrival", rule("Arrival_Marker", m), true, "GREEN"));
        String report = report(mvc, "AMBER");
        byte[] content = ("0123456789" + m + "--" + m).getBytes(StandardCharsets.US_ASCII);
        String artifact = upload(mvc, ADMIN, report, file("dropper.bin", content)).get(0).get("key").asString();

        JsonNode match = awaitMatches("/api/v1/artifacts/" + artifact + "/yara-matches", 1).get(0);
        assertThat(match.get("ruleSetKey").asString()).isEqualTo(ruleSet);
        assertThat(match.get("rule").asString()).isEqualTo("Arrival_Marker");
        assertThat(match.get("ruleTags").toString()).isEqualTo("[\"yagura\",\"test\"]");
        assertThat(match.get("stringCount").asInt()).isEqualTo(2);
        assertThat(match.get("strings").get(0).get("offset").asLong()).isEqualTo(10);
        assertThat(match.get("strings").get(1).get("offset").asLong()).isEqualTo(10 + m.length() + 2);
        assertThat(match.get("strings").get(0).get("identifier").asString()).isEqualTo("$m");
        assertThat(match.get("strings").get(0).get("length").asInt()).isEqualTo(m.length());
        assertThat(match.get("strings").get(0).get("data").asString()).isEqualTo(m);

        mvc.perform(get("/api/v1/yara/rule-sets/" + ruleSet + "/matches").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[0].artifactKey").value(artifact));
        // an artifact the user may not read does not show its matches
        String observer = user(mvc, "OBSERVER");
        String red = report(mvc, "RED");
        String hidden = upload(mvc, ADMIN, red, file("hidden.bin", m.getBytes(StandardCharsets.US_ASCII))).get(0).get("key").asString();
        awaitMatches("/api/v1/artifacts/" + hidden + "/yara-matches", 1);
        mvc.perform(get("/api/v1/yara/rule-sets/" + ruleSet + "/matches").header("Authorization", observer))
                .andExpect(content().string(containsString(artifact)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(hidden))));
        mvc.perform(get("/api/v1/artifacts/" + hidden + "/yara-matches").header("Authorization", observer))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/yara/rule-sets/" + ruleSet + "/disable").header("Authorization", ADMIN)).andExpect(status().isOk());
    }

    @Test
    void aRetroHuntScansEveryStoredArtifactAndReportsProgressUpToTheTotal() throws Exception {
        String m = marker();
        String report = report(mvc, "AMBER");
        upload(mvc, ADMIN, report, file("a.bin", ("aa" + m).getBytes(StandardCharsets.US_ASCII)),
                file("b.txt", "nothing to see".getBytes(StandardCharsets.US_ASCII)),
                file("c.bin", (m + " and again " + m).getBytes(StandardCharsets.US_ASCII)));
        String ruleSet = createKey(body("Hunted", rule("Hunted_Marker", m), false, "GREEN"));

        String started = mvc.perform(post("/api/v1/yara/hunts").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ruleSet\":\"" + ruleSet + "\"}"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String hunt = json(started).get("key").asString();
        int total = json(started).get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3)
                .isEqualTo(jdbc.sql("SELECT count(*) FROM artifact").query(Integer.class).single());

        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = json(mvc.perform(get("/api/v1/yara/hunts/" + hunt).header("Authorization", ADMIN))
                    .andReturn().getResponse().getContentAsString());
            return last[0].get("status").asString().equals("DONE");
        });
        assertThat(last[0].get("done").asInt()).isEqualTo(total);
        assertThat(last[0].get("matches").asInt()).isEqualTo(2);
        // files whose blob other tests removed on purpose count as errors, never as matches
        assertThat(last[0].get("errors").asInt()).isLessThan(total - 2);
        assertThat(last[0].get("ruleSetKey").asString()).isEqualTo(ruleSet);
        assertThat(last[0].get("finishedAt").isNull()).isFalse();

        mvc.perform(get("/api/v1/yara/rule-sets/" + ruleSet + "/matches").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(post("/api/v1/yara/hunts/" + hunt + "/cancel").header("Authorization", ADMIN))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/yara/hunts").header("Authorization", ADMIN))
                .andExpect(content().string(containsString(hunt)));
    }

    private JsonNode awaitMatches(String path, int count) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = json(mvc.perform(get(path).header("Authorization", ADMIN)).andReturn().getResponse().getContentAsString())
                    .get("items");
            return last[0] != null && last[0].size() >= count;
        });
        return last[0];
    }

    private static String quote(String s) {
        return JsonNodeFactory.instance.textNode(s).toString();
    }
}
