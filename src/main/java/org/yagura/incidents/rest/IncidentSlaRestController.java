package org.yagura.incidents.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.IncidentSlaService;
import org.yagura.incidents.IncidentSlaService.IncidentSla;

/** An incident's SLA clocks, and waiting for the constituent (pause) until it answers (resume). */
@RestController
@RequestMapping("/api/v1/incidents/{key}/sla")
@Tag(name = "incidents", description = "Incidents, their lifecycle and their reports")
class IncidentSlaRestController {

    private final IncidentSlaService sla;

    IncidentSlaRestController(IncidentSlaService sla) {
        this.sla = sla;
    }

    @GetMapping
    @Operation(summary = "The incident's SLA clocks (acknowledge, contain, resolve, breach notification) as they stand now")
    IncidentSla clocks(@PathVariable String key) {
        return sla.of(key);
    }

    @PostMapping("/pause")
    @Operation(summary = "Wait for the constituent: the response clocks pause (not the breach notification); 409 when already waiting or closed")
    IncidentSla pause(@PathVariable String key) {
        return sla.pause(key);
    }

    @PostMapping("/resume")
    @Operation(summary = "The constituent answered: the response clocks count again; 409 when the incident is not waiting")
    IncidentSla resume(@PathVariable String key) {
        return sla.resume(key);
    }
}
