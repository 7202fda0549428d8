package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.yagura.observables.ObservableFixtures.json;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One request removes the last link of a value (which removes the value from the store) while another links the
 * same value to a second record. Whichever wins, both answer 2xx, and the second record's link points at a stored
 * value counted once. Fifty rounds, each released by a barrier so the two transactions overlap.
 */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class ObservableUnlinkRaceIntegrationTests {

    private static final int ROUNDS = 50;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void linkingAValueWhileItsLastLinkIsRemovedNeverLeavesALinkToARemovedValue() throws Exception {
        String analyst = ObservableFixtures.user(mvc, "ANALYST");
        String first = report(mvc, analyst, "GREEN", "");
        String second = report(mvc, analyst, "GREEN", "");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String value = "race-" + round + ".race-test.yagura-test.jp";
                String observableId = link(mvc, analyst, first, "[{\"value\":\"" + value + "\"}]").get(0).get("observableId").asString();
                String linkId = json(mvc.perform(get("/api/v1/observables/records/report/" + first).header("Authorization", analyst))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("items").get(0).get("id").asString();
                var barrier = new CyclicBarrier(2);
                Future<Integer> unlink = pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return mvc.perform(delete("/api/v1/observables/records/report/" + first + "/links/" + linkId)
                            .header("Authorization", analyst)).andReturn().getResponse().getStatus();
                });
                Future<Integer> relink = pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return mvc.perform(post("/api/v1/observables/records/report/" + second).header("Authorization", analyst)
                            .contentType(MediaType.APPLICATION_JSON).content("[{\"value\":\"" + value + "\"}]"))
                            .andReturn().getResponse().getStatus();
                });
                assertThat(unlink.get(60, TimeUnit.SECONDS)).as("unlink in round %d", round).isEqualTo(204);
                assertThat(relink.get(60, TimeUnit.SECONDS)).as("link in round %d", round).isEqualTo(200);
                assertThat(jdbc.sql("SELECT record_count FROM observable WHERE id = ?").param(java.util.UUID.fromString(observableId))
                        .query(Integer.class).optional()).as("the value in round %d", round).contains(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM observable_link l WHERE l.observable_id = ? AND l.record_key = ?")
                        .params(java.util.UUID.fromString(observableId), second).query(Integer.class).single()).isEqualTo(1);
                // and the second record's link must be removable in turn, removing the value with it
                mvc.perform(delete("/api/v1/observables/records/report/" + second + "/links/" + json(mvc.perform(
                                get("/api/v1/observables/records/report/" + second).header("Authorization", analyst))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("items").get(0).get("id").asString())
                        .header("Authorization", analyst));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observable_link l WHERE NOT EXISTS (SELECT 1 FROM observable o WHERE o.id = l.observable_id)")
                .query(Integer.class).single()).isZero();
    }
}
