package org.yagura.observables.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.observables.ObservableFixtures.ADMIN;
import static org.yagura.observables.ObservableFixtures.link;
import static org.yagura.observables.ObservableFixtures.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.observables.ObservableFixtures;

@SpringBootTest
@AutoConfigureMockMvc
class ObservablePageControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theReportPageIncludesCorrelationAndStagingFromObservables() throws Exception {
        String key = report(mvc, ADMIN, "GREEN", "");
        mvc.perform(get("/reports/" + key).header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/observables/records/report/" + key + "/correlation\"")))
                .andExpect(content().string(containsString("hx-get=\"/observables/records/report/" + key + "/staging\"")));
    }

    @Test
    void showsCorrelationWithOneClickNavigationInBothLanguages() throws Exception {
        String a = report(mvc, ADMIN, "GREEN", "");
        String b = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, a, "[{\"value\":\"page-corr.yagura-test.jp\"},{\"value\":\"10.9.8.7\"}]");
        link(mvc, ADMIN, b, "[{\"value\":\"page-corr.yagura-test.jp\"}]");
        mvc.perform(get("/observables/records/report/" + b + "/correlation").header("Authorization", ADMIN).header("HX-Request", "true")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 other report")))
                .andExpect(content().string(containsString("href=\"/reports/" + a + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/observables/records/report/" + a + "/correlation").header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("他の報告 1 件")))
                .andExpect(content().string(containsString("既知のノイズ")))
                .andExpect(content().string(containsString("それでも相関させる")));
        mvc.perform(get("/observables/records/report/" + a + "/graph").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/reports/" + b + "\"")));
        mvc.perform(get("/observables/records/report/" + a).header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("page-corr[.]yagura-test[.]jp")));
    }

    @Test
    void stagesExtractedCandidatesToConfirmEditOrDrop() throws Exception {
        String key = report(mvc, ADMIN, "AMBER", "C2 は hxxp://stage-one[.]yagura-test[.]jp/gate.php と 45.76.99.1、"
                + "送信元 stage-two.yagura-test.jp と 45.76.99.2 です。");
        String base = "/observables/records/report/" + key + "/staging";
        String staged = html(mvc.perform(post(base + "/extract").header("Authorization", ADMIN).header("HX-Request", "true")));
        assertThat(staged).contains("http://stage-one.yagura-test.jp/gate.php", "45.76.99.1", "stage-two.yagura-test.jp", "45.76.99.2");
        String ip = candidateId(staged, "45.76.99.1");
        String edited = html(mvc.perform(post(base + "/" + ip + "/confirm").header("Authorization", ADMIN)
                .param("type", "IPV4").param("value", "45.76.99.11")));
        assertThat(edited).doesNotContain("value=\"45.76.99.1\"");
        String invalid = html(mvc.perform(post(base + "/" + candidateId(edited, "45.76.99.2") + "/confirm").header("Authorization", ADMIN)
                .param("type", "IPV4").param("value", "45.76.99.999")));
        assertThat(invalid).contains("alert-danger").contains("45.76.99.2");
        html(mvc.perform(post(base + "/" + candidateId(invalid, "45.76.99.2") + "/drop").header("Authorization", ADMIN)));
        String done = html(mvc.perform(post(base + "/confirm-all").header("Authorization", ADMIN)));
        assertThat(done).doesNotContain("stage-two.yagura-test.jp");
        String links = mvc.perform(get("/api/v1/observables/records/report/" + key).header("Authorization", ADMIN))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(links).contains("45.76.99.11", "http://stage-one.yagura-test.jp/gate.php", "stage-two.yagura-test.jp")
                .doesNotContain("\"45.76.99.2\"").doesNotContain("\"45.76.99.1\"");
        assertThat(html(mvc.perform(post(base + "/extract").header("Authorization", ADMIN)))).doesNotContain("stage-two.yagura-test.jp")
                .contains("45.76.99.1");
        String observer = ObservableFixtures.user(mvc, "OBSERVER");
        mvc.perform(post(base + "/drop-all").header("Authorization", observer)).andExpect(status().isForbidden());
    }

    @Test
    void listsObservablesAndShowsOneWithItsSightings() throws Exception {
        String r = report(mvc, ADMIN, "GREEN", "");
        String id = link(mvc, ADMIN, r, "[{\"value\":\"shown.yagura-test.jp\"}]").get(0).get("observableId").asString();
        mvc.perform(get("/observables?type=DOMAIN").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("shown[.]yagura-test[.]jp")));
        mvc.perform(get("/observables/" + id).header("Authorization", ADMIN).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("観測（合計 0 回）")));
    }

    @Test
    void administratorsAddWarninglistsFromThePage() throws Exception {
        String name = "Page list " + System.nanoTime();
        mvc.perform(post("/observables/warninglists").header("Authorization", ADMIN).param("name", name).param("type", "HOSTNAME")
                .param("entries", "page-noise.yagura-test.jp\n")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/observables/warninglists").header("Authorization", ADMIN).param("name", "bad regex").param("type", "REGEX")
                        .param("entries", "/[oops/").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not a valid regular expression")));
        mvc.perform(get("/observables/warninglists").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("List of RFC 1918 CIDR blocks")));
        String r = report(mvc, ADMIN, "GREEN", "");
        link(mvc, ADMIN, r, "[{\"value\":\"a.page-noise.yagura-test.jp\"}]");
        mvc.perform(get("/observables/records/report/" + r + "/correlation").header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Known noise")));
        String observer = ObservableFixtures.user(mvc, "OBSERVER");
        mvc.perform(get("/observables/warninglists").header("Authorization", observer))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"new-warninglist\""))));
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String candidateId(String html, String value) {
        Matcher m = Pattern.compile("staging/([0-9a-f-]{36})/confirm\"[^>]*>\\s*<input type=\"hidden\" name=\"type\" value=\"[A-Z0-9_]+\">\\s*"
                + "<input class=\"form-control form-control-sm\" name=\"value\" value=\"" + Pattern.quote(value) + "\"").matcher(html);
        assertThat(m.find()).as("candidate %s in %s", value, html).isTrue();
        return m.group(1);
    }
}
