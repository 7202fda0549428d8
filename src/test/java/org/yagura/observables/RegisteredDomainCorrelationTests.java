package org.yagura.observables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yagura.observables.ObservableFixtures.ADMIN;
import static org.yagura.observables.ObservableFixtures.correlation;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** With {@code yagura.observables.correlate-registered-domain}, names under one registered domain correlate. */
@SpringBootTest(properties = "yagura.observables.correlate-registered-domain=true")
@AutoConfigureMockMvc
class RegisteredDomainCorrelationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void correlatesNamesAndUrlsUnderTheSameRegisteredDomain() throws Exception {
        String domain = "regdom-" + System.nanoTime() + ".co.jp";
        String a = report(mvc, ADMIN, "GREEN", "");
        String b = report(mvc, ADMIN, "GREEN", "");
        String c = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, a, "[{\"value\":\"https://login." + domain + "/verify\"}]");
        link(mvc, ADMIN, c, "[{\"value\":\"unrelated-" + domain.replace(".co.jp", "") + ".co.jp\"}]");
        link(mvc, ADMIN, b, "[{\"value\":\"mail." + domain + "\"}]");
        JsonNode related = correlation(mvc, ADMIN, b).get("observables").get(0).get("related");
        assertThat(related).hasSize(1);
        assertThat(related.get(0).get("key").asString()).isEqualTo(a);
        assertThat(related.get(0).get("via").asString()).isEqualTo("registered-domain");
    }
}
