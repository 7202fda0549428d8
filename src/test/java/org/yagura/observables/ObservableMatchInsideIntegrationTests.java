package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.json;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A CIDR block sent to the match API finds the records holding stored addresses and narrower blocks inside it (limit 3). */
@SpringBootTest(properties = "yagura.observables.too-common=3")
@AutoConfigureMockMvc
class ObservableMatchInsideIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aSentBlockFindsTheReadableRecordsHoldingAddressesAndNarrowerBlocksInsideIt() throws Exception {
        String analyst = ObservableFixtures.user(mvc, "ANALYST");
        String redAnalyst = ObservableFixtures.user(mvc, "ANALYST");
        String address = report(mvc, analyst, "GREEN", "");
        String block = report(mvc, analyst, "GREEN", "");
        String outside = report(mvc, analyst, "GREEN", "");
        String v6 = report(mvc, analyst, "GREEN", "");
        String red = report(mvc, redAnalyst, "RED", "");
        link(mvc, analyst, address, "[{\"value\":\"198.51.100.7\"}]");
        link(mvc, analyst, block, "[{\"value\":\"198.51.100.64/26\"}]");
        link(mvc, analyst, outside, "[{\"value\":\"198.51.101.7\"}]");
        link(mvc, analyst, v6, "[{\"value\":\"2001:db8:77::5\"}]");
        link(mvc, redAnalyst, red, "[{\"value\":\"198.51.100.210\"}]");

        // three stored values inside the /24 (the limit): two readable, the red report's never revealed
        List<JsonNode> results = match(analyst, "198.51.100.0/24", "198[.]51[.]100[.]0/25", "2001:db8:77::/48", "2001:db8:78::/48");
        JsonNode slash24 = results.get(0);
        assertThat(slash24.get("value").asString()).isEqualTo("198.51.100.0/24");
        assertThat(slash24.get("known").asBoolean()).isFalse();
        assertThat(refs(slash24)).containsExactlyInAnyOrder(address + " inside", block + " inside");
        assertThat(refs(results.get(1))).containsExactlyInAnyOrder(address + " inside", block + " inside");
        assertThat(refs(results.get(2))).containsExactly(v6 + " inside");
        assertThat(refs(results.get(3))).isEmpty();
        assertThat(results.toString()).doesNotContain(red);
        // a bad block is that item's error; the others are still matched
        JsonNode bad = json(mvc.perform(post("/api/v1/observables/match").header("Authorization", analyst)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"items\":[{\"type\":\"CIDR\",\"value\":\"198.51.100.0/33\"},"
                                + "{\"type\":\"CIDR\",\"value\":\"198.51.100.0/25\"}]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("results");
        assertThat(bad.get(0).get("errorKey").asString()).startsWith("observable.invalid");
        assertThat(refs(bad.get(1))).hasSize(2);

        // the author of the red report sees it inside the block as well
        assertThat(refs(match(redAnalyst, "198.51.100.128/25").get(0))).containsExactlyInAnyOrder(red + " inside");
        assertThat(refs(match(analyst, "198.51.100.128/25").get(0))).isEmpty();
    }

    @Test
    void aStoredBlockAndTheSentBlockItselfAreMatchedAsBeforeAndABlockWithTooManyValuesInsideIsTooBroad() throws Exception {
        String analyst = ObservableFixtures.user(mvc, "ANALYST");
        String holder = report(mvc, analyst, "GREEN", "");
        String wide = report(mvc, analyst, "GREEN", "");
        link(mvc, analyst, holder, "[{\"value\":\"100.64.7.1\"},{\"value\":\"100.64.7.2\"},{\"value\":\"100.64.7.3\"},"
                + "{\"value\":\"100.64.8.1\"}]");
        link(mvc, analyst, wide, "[{\"value\":\"100.64.0.0/16\"}]");

        // three values inside the /22: within the limit; the stored /16 contains it
        JsonNode narrow = match(analyst, "100.64.4.0/22").get(0);
        assertThat(refs(narrow)).containsExactlyInAnyOrder(holder + " inside", wide + " cidr");
        // four inside the /16 (the limit is 3): too broad to look inside; the /16 itself is stored and matched
        JsonNode broad = match(analyst, "100.64.0.0/16").get(0);
        assertThat(broad.get("known").asBoolean()).isTrue();
        assertThat(refs(broad)).containsExactly(wide + " same");
    }

    private static List<String> refs(JsonNode result) {
        return result.get("records").valueStream().map(r -> r.get("key").asString() + " " + r.get("via").asString()).toList();
    }

    private List<JsonNode> match(String token, String... values) throws Exception {
        StringBuilder items = new StringBuilder();
        for (String v : values) {
            items.append(items.isEmpty() ? "" : ",").append("{\"value\":\"").append(v).append("\"}");
        }
        return json(mvc.perform(post("/api/v1/observables/match").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[" + items + "]}")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("results").valueStream().toList();
    }
}
