package org.yagura.incidents.sla.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yagura.incidents.sla.RecordSla;
import org.yagura.incidents.sla.SlaClockService;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.taxonomy.Priority;

/** The fragments the incidents module includes: list flags and the clocks of one incident, from real clocks. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SlaFragmentsTests.FragmentController.class)
@WithMockUser(username = "handler", roles = "INCIDENT_HANDLER")
class SlaFragmentsTests {

    /** Stands in for the incidents pages, which include the fragments the same way. */
    @TestComponent
    @Controller
    static class FragmentController {
        private final SlaClockService clocks;

        FragmentController(SlaClockService clocks) {
            this.clocks = clocks;
        }

        @GetMapping("/test/sla/{record}/flags")
        String flags(@PathVariable UUID record, Model model) {
            model.addAttribute("sla", clocks.statesOf(List.of(record)).getOrDefault(record, RecordSla.NONE));
            return "incidents/sla/flags";
        }

        @GetMapping("/test/sla/{record}/clocks")
        String clocks(@PathVariable UUID record, Model model) {
            model.addAttribute("clocks", clocks.clocksOf(record));
            return "incidents/sla/clocks";
        }
    }

    private final MockMvc mvc;
    private final SlaClockService clocks;

    @Autowired
    SlaFragmentsTests(MockMvc mvc, SlaClockService clocks) {
        this.mvc = mvc;
        this.clocks = clocks;
    }

    @Test
    void flagsABreachedRecordAndShowsItsClocks() throws Exception {
        UUID record = UUID.randomUUID();
        Instant start = Instant.now().minus(Duration.ofMinutes(20));
        clocks.start(record, SlaKind.ACKNOWLEDGE, Priority.P1, start);
        clocks.start(record, SlaKind.BREACH_NOTIFICATION, Priority.P1, start);
        mvc.perform(get("/test/sla/" + record + "/flags"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-sla-flag=\"breached\">SLA breached</span>")))
                .andExpect(content().string(containsString("<small class=\"text-secondary sla-next\">Acknowledge ")));
        mvc.perform(get("/test/sla/" + record + "/clocks").header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("data-sla-state=\"BREACHED\">期限超過</span>")))
                .andExpect(content().string(containsString("data-sla-state=\"RUNNING\">進行中</span>")))
                .andExpect(content().string(containsString("<td>-0:05 ")))
                .andExpect(content().string(containsString("漏えい等の報告")));
    }

    @Test
    void flagsARecordAtRiskAndNothingForOneWithoutClocks() throws Exception {
        UUID record = UUID.randomUUID();
        clocks.start(record, SlaKind.ACKNOWLEDGE, Priority.P1, Instant.now().minus(Duration.ofMinutes(13)));
        mvc.perform(get("/test/sla/" + record + "/flags"))
                .andExpect(content().string(containsString("data-sla-flag=\"at-risk\">SLA at risk</span>")));
        mvc.perform(get("/test/sla/" + UUID.randomUUID() + "/flags"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("sla-flag"))))
                .andExpect(content().string(not(containsString("sla-next"))));
    }
}
