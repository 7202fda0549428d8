package org.yagura.incidents.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.IncidentSplit;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.SplitParts;

/** Splitting parts of an incident out into a new incident. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "incidents", description = "Incidents, their lifecycle and their reports")
class IncidentSplitRestController {

    private final IncidentSplit split;

    IncidentSplitRestController(IncidentSplit split) {
        this.split = split;
    }

    @PostMapping("/{key}/split")
    @Operation(summary = "Split an incident: a new incident (child of this one, classification and TLP from it unless given; "
            + "the TLP only as strict or stricter) takes the chosen reports (keys), tasks (ids) and artifacts (keys), and copies "
            + "of the chosen journal entries (numbers) and observable links (observable ids); both journals point at each "
            + "other. All or nothing.")
    @ApiResponse(responseCode = "201", description = "The new incident")
    @ApiResponse(responseCode = "400", description = "Nothing chosen, a part that is not on this incident, a weaker TLP, "
            + "an unknown classification (problem+json naming it)")
    @ApiResponse(responseCode = "409", description = "The incident is closed, or was changed since the version sent")
    ResponseEntity<IncidentView> split(@PathVariable String key, @Valid @RequestBody SplitParts parts) {
        IncidentView v = split.split(key, parts);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + v.key())).eTag("\"" + v.version() + "\"").body(v);
    }
}
