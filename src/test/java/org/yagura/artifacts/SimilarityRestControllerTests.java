package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.artifacts.ArtifactFixtures.ADMIN;
import static org.yagura.artifacts.ArtifactFixtures.awaitAnalysis;
import static org.yagura.artifacts.ArtifactFixtures.file;
import static org.yagura.artifacts.ArtifactFixtures.json;
import static org.yagura.artifacts.ArtifactFixtures.report;
import static org.yagura.artifacts.ArtifactFixtures.upload;
import static org.yagura.artifacts.ArtifactFixtures.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.analysis.SimilarityKeys;
import org.yagura.analysis.Ssdeep;
import org.yagura.analysis.Tlsh;
import tools.jackson.databind.JsonNode;

/**
 * Similar artifacts, duplicates and clusters through the API: ranked by the exact TLSH distance and ssdeep
 * score, filtered by the caller's access (a RED record's artifacts are never mentioned to someone who may not
 * read it, not even as a count), bad thresholds answered with 400, and the index rebuilt by the backfill.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SimilarityRestControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SimilarityIndexer indexer;

    @Test
    void findsDuplicatesAndSimilarArtifactsAcrossRecordsOnlyWhereTheCallerMayRead() throws Exception {
        Random random = new Random(42);
        byte[] base = text(random, 24_000);
        byte[] near = base.clone();
        for (int i = 0; i < 5; i++) {
            near[random.nextInt(near.length)] = (byte) ('a' + random.nextInt(26));
        }
        byte[] far = base.clone();
        for (int i = 0; i < far.length; i += 40) {
            far[i] = (byte) ('a' + random.nextInt(26));
        }
        byte[] unrelated = new byte[24_000];
        random.nextBytes(unrelated);

        String amber = report(mvc, "AMBER");
        String green = report(mvc, "GREEN");
        String red = report(mvc, "RED");
        String baseKey = key(upload(mvc, ADMIN, amber, file("dropper.js", base)));
        String copyKey = key(upload(mvc, ADMIN, green, file("copy-of-dropper.js", base)));
        String redCopyKey = key(upload(mvc, ADMIN, red, file("red-copy.js", base)));
        String nearKey = key(upload(mvc, ADMIN, green, file("dropper-v2.js", near)));
        String redNearKey = key(upload(mvc, ADMIN, red, file("dropper-red.js", near)));
        String farKey = key(upload(mvc, ADMIN, green, file("dropper-far.js", far)));
        String unrelatedKey = key(upload(mvc, ADMIN, green, file("other.js", unrelated)));
        for (String k : List.of(baseKey, copyKey, redCopyKey, nearKey, redNearKey, farKey, unrelatedKey)) {
            assertThat(awaitAnalysis(mvc, k).get("analysisStatus").asString()).isEqualTo("DONE");
        }
        String tlshBase = Tlsh.of(base);
        int nearDistance = Tlsh.distance(tlshBase, Tlsh.of(near));
        int farDistance = Tlsh.distance(tlshBase, Tlsh.of(far));
        assertThat(nearDistance).isLessThan(farDistance).isLessThanOrEqualTo(SimilarityKeys.TLSH_GUARANTEED_DISTANCE);

        // the administrator reads everything: the RED copy is a duplicate, both near copies are similar
        JsonNode all = similar(ADMIN, baseKey, "tlshMaxDistance=" + Math.max(farDistance, 30) + "&ssdeepMinScore=1");
        assertThat(keys(all.get("duplicates"))).containsExactlyInAnyOrder(copyKey, redCopyKey);
        // within the guaranteed distance the index must find them; the far copy it may or may not (ADR 015)
        assertThat(keys(all.get("tlshMatches"))).contains(nearKey, redNearKey).doesNotContain(baseKey, copyKey, unrelatedKey);
        assertThat(values(all.get("tlshMatches"))).allMatch(v -> v <= Math.max(farDistance, 30));
        assertThat(all.get("tlshMatches").get(0).get("value").asInt()).isEqualTo(nearDistance);
        assertThat(values(all.get("tlshMatches"))).isSorted();
        assertThat(keys(all.get("ssdeepMatches"))).contains(nearKey, redNearKey);
        assertThat(all.get("ssdeepMatches").get(0).get("value").asInt())
                .isEqualTo(Ssdeep.compare(Ssdeep.of(base), Ssdeep.of(near)));
        assertThat(all.get("tlsh").asString()).isEqualTo(tlshBase);

        // a stricter threshold leaves the far copy out
        JsonNode strict = similar(ADMIN, baseKey, "tlshMaxDistance=" + nearDistance);
        assertThat(keys(strict.get("tlshMatches"))).contains(nearKey).doesNotContain(farKey);

        // an analyst who may not read the RED report hears nothing of it
        String analyst = user(mvc, "ANALYST");
        String body = mvc.perform(get("/api/v1/artifacts/" + baseKey + "/similar?tlshMaxDistance=" + Math.max(farDistance, 30)
                        + "&ssdeepMinScore=1").header("Authorization", analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(redCopyKey, redNearKey, red);
        assertThat(keys(json(body).get("duplicates"))).containsExactly(copyKey);
        assertThat(keys(json(body).get("tlshMatches"))).contains(nearKey);
        String duplicates = mvc.perform(get("/api/v1/artifacts/" + baseKey + "/duplicates").header("Authorization", analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(keys(json(duplicates).get("items"))).containsExactly(copyKey);
        mvc.perform(get("/api/v1/artifacts/" + redNearKey + "/similar").header("Authorization", analyst))
                .andExpect(status().isNotFound());
        String clusters = mvc.perform(get("/api/v1/artifacts/clusters?tlshMaxDistance=" + Math.max(nearDistance, 30))
                        .header("Authorization", analyst)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(clusters).doesNotContain(redCopyKey, redNearKey, red);
        JsonNode cluster = clusterOf(json(clusters), baseKey);
        assertThat(keys(cluster)).contains(baseKey, copyKey, nearKey).doesNotContain(unrelatedKey);

        JsonNode adminClusters = json(mvc.perform(get("/api/v1/artifacts/clusters?tlshMaxDistance=" + Math.max(nearDistance, 30))
                .header("Authorization", ADMIN)).andReturn().getResponse().getContentAsString());
        assertThat(keys(clusterOf(adminClusters, baseKey))).contains(redCopyKey, redNearKey);
    }

    @Test
    void rejectsThresholdsOutOfRangeWithAProblem() throws Exception {
        String report = report(mvc, "GREEN");
        String key = key(upload(mvc, ADMIN, report, file("a.txt", text(new Random(3), 2000))));
        for (String query : List.of("tlshMaxDistance=-1", "tlshMaxDistance=401", "ssdeepMinScore=0", "ssdeepMinScore=101",
                "limit=0", "limit=101", "tlshMaxDistance=abc")) {
            mvc.perform(get("/api/v1/artifacts/" + key + "/similar?" + query).header("Authorization", ADMIN))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/api/v1/artifacts/clusters?ssdeepMinScore=0").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/artifacts/ART-1999-00001/similar").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void theBackfillIndexesAnalysedContentsThatAreMissingFromTheIndex() throws Exception {
        Random random = new Random(System.nanoTime());
        byte[] base = text(random, 8_000);
        byte[] near = base.clone();
        near[100] = (byte) (near[100] ^ 1);
        near[5000] = (byte) (near[5000] ^ 1);
        String report = report(mvc, "GREEN");
        String baseKey = key(upload(mvc, ADMIN, report, file("base.txt", base)));
        String nearKey = key(upload(mvc, ADMIN, report, file("near.txt", near)));
        awaitAnalysis(mvc, baseKey);
        String sha = awaitAnalysis(mvc, nearKey).get("sha256").asString();
        assertThat(keys(similar(ADMIN, baseKey, "").get("tlshMatches"))).contains(nearKey);

        // as if the content had been analysed before the index existed
        long id = jdbc.sql("SELECT id FROM artifact_similarity WHERE sha256 = ?").param(sha).query(Long.class).single();
        jdbc.sql("DELETE FROM artifact_tlsh_band WHERE digest_id = ?").param(id).update();
        jdbc.sql("DELETE FROM artifact_ssdeep_gram WHERE digest_id = ?").param(id).update();
        jdbc.sql("DELETE FROM artifact_similarity WHERE id = ?").param(id).update();
        assertThat(keys(similar(ADMIN, baseKey, "").get("tlshMatches"))).doesNotContain(nearKey);

        assertThat(indexer.backfill()).isGreaterThanOrEqualTo(1);
        assertThat(keys(similar(ADMIN, baseKey, "").get("tlshMatches"))).contains(nearKey);
        assertThat(jdbc.sql("SELECT count(*) FROM artifact_tlsh_band b JOIN artifact_similarity s ON s.id = b.digest_id "
                + "WHERE s.sha256 = ?").param(sha).query(Long.class).single()).isEqualTo(32L);
    }

    @Test
    void theArtifactPageLoadsTheSimilarityPanelAndTheClustersPageInJapaneseAndEnglish() throws Exception {
        Random random = new Random(System.nanoTime());
        byte[] base = text(random, 6_000);
        String report = report(mvc, "GREEN");
        String key = key(upload(mvc, ADMIN, report, file("panel.txt", base)));
        String copy = key(upload(mvc, ADMIN, report(mvc, "GREEN"), file("panel-copy.txt", base)));
        awaitAnalysis(mvc, key);
        awaitAnalysis(mvc, copy);
        mvc.perform(get("/artifacts/" + key).header("Authorization", ADMIN))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-get=\"/artifacts/" + key + "/similarity\"")));
        mvc.perform(get("/artifacts/" + key + "/similarity?tlsh=30").header("Authorization", ADMIN).header("HX-Request", "true")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("類似アーティファクト")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"30\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/artifacts/" + copy)));
        mvc.perform(get("/artifacts/clusters").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Clusters of similar artifacts")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/artifacts/" + copy)));
        mvc.perform(get("/artifacts/clusters?tlsh=999").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest());
    }

    private JsonNode similar(String token, String key, String query) throws Exception {
        return json(mvc.perform(get("/api/v1/artifacts/" + key + "/similar?" + query).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode clusterOf(JsonNode clusters, String key) {
        for (JsonNode cluster : clusters.get("clusters")) {
            if (keys(cluster).contains(key)) {
                return cluster;
            }
        }
        throw new AssertionError("no cluster holds " + key + ": " + clusters);
    }

    private static String key(JsonNode items) {
        return items.get(0).get("key").asString();
    }

    // a list of SimilarArtifact (artifact.key) or of ArtifactSummary (key)
    private static List<String> keys(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(n.has("artifact") ? n.get("artifact").get("key").asString() : n.get("key").asString());
        }
        return out;
    }

    private static List<Integer> values(JsonNode list) {
        List<Integer> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("value").asInt()));
        return out;
    }

    /** Text with some repetition, like a script: TLSH and ssdeep both give digests for it. */
    static byte[] text(Random random, int length) {
        byte[] data = new byte[length];
        String words = "var function return if else for while document window eval unescape ";
        for (int i = 0; i < length; i++) {
            data[i] = i > 50 && random.nextInt(4) == 0 ? data[i - 50] : (byte) words.charAt(random.nextInt(words.length()));
        }
        return data;
    }
}
