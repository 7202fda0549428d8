package org.yagura.incidents.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.IncidentCsv;
import org.yagura.incidents.IncidentFields;
import org.yagura.incidents.IncidentFilter;
import org.yagura.incidents.IncidentMerge;
import org.yagura.incidents.IncidentQueue;
import org.yagura.incidents.IncidentReportService;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentSlaFlag;
import org.yagura.incidents.IncidentStatus;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.Resolution;
import org.yagura.intake.ReportView;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.taxonomy.Priority;

/** Incidents: opening (also from reports), reading, lists and exports, editing and the lifecycle. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "incidents", description = "Incidents, their lifecycle and their reports")
class IncidentRestController {

    private final IncidentService incidents;
    private final IncidentReportService reports;
    private final IncidentMerge merge;

    IncidentRestController(IncidentService incidents, IncidentReportService reports, IncidentMerge merge) {
        this.incidents = incidents;
        this.reports = reports;
        this.merge = merge;
    }

    @PostMapping
    @Operation(summary = "Open an incident; the key IR-YYYY-NNNN is gap-free per year and the priority follows the matrix")
    ResponseEntity<IncidentView> open(@Valid @RequestBody IncidentFields fields) {
        IncidentView v = incidents.open(fields);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + v.key())).eTag(etag(v)).body(v);
    }

    @PostMapping("/from-reports")
    @Operation(summary = "Triage reports (one or many, all or none) as one new incident")
    ResponseEntity<IncidentView> openFromReports(@Valid @RequestBody FromReportsRequest request) {
        IncidentView v = reports.openFromReports(request.reportKeys(), request.classKey(), request.typeKey(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + v.key())).eTag(etag(v)).body(v);
    }

    @GetMapping
    @Operation(summary = "Incidents newest first, in a queue (MINE, UNASSIGNED, OPEN, RECENTLY_CLOSED, AT_RISK, ALL) and filtered "
            + "(sla: AT_RISK = a running clock past its at-risk share, BREACHED = a running clock overdue); with q, a full-text search over title, description and journal (Japanese without spaces too), the incident whose key is q first, then newest first")
    CursorPage<IncidentView> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "ALL") IncidentQueue queue,
            @RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) String classKey,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) Tlp tlp,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) String constituency, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) IncidentSlaFlag sla,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        IncidentFilter filter = new IncidentFilter(queue, status, classKey, priority, tlp, assignee, teamId, constituency,
                from, to, sla);
        CursorRequest page = CursorRequest.of(limit, cursor);
        return q == null || q.isBlank() ? incidents.list(filter, page) : incidents.search(q.strip(), filter, page);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The filtered list (same parameters as the list) as CSV, UTF-8 with BOM")
    void export(@RequestParam(required = false) String q, @RequestParam(defaultValue = "ALL") IncidentQueue queue,
            @RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) String classKey,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) Tlp tlp,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) String constituency, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) IncidentSlaFlag sla,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"incidents.csv\"");
        IncidentCsv.incidents(incidents, q, new IncidentFilter(queue, status, classKey, priority, tlp, assignee, teamId,
                constituency, from, to, sla), response.getOutputStream());
    }

    @GetMapping("/{key}")
    @Operation(summary = "One incident; its ETag is the version to send back in If-Match")
    ResponseEntity<IncidentView> get(@PathVariable String key) {
        IncidentView v = incidents.get(key);
        return ResponseEntity.ok().eTag(etag(v)).body(v);
    }

    @PutMapping("/{key}")
    @Operation(summary = "Replace the editable fields; If-Match with the version read refuses a concurrent edit (409)")
    ResponseEntity<IncidentView> update(@PathVariable String key, @Valid @RequestBody IncidentFields fields,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        IncidentView v = incidents.update(key, fields, version(ifMatch));
        return ResponseEntity.ok().eTag(etag(v)).body(v);
    }

    @PostMapping("/{key}/transition")
    @Operation(summary = "Move to another status (closing needs a resolution, no open tasks); CLOSED → OPEN reopens")
    IncidentView transition(@PathVariable String key, @Valid @RequestBody TransitionRequest request) {
        return incidents.transition(key, request.status(), request.resolution(), request.version());
    }

    @GetMapping("/{key}/children")
    @Operation(summary = "The incidents whose parent this incident is")
    Map<String, List<IncidentView>> children(@PathVariable String key) {
        return Map.of("items", incidents.children(key));
    }

    @PostMapping("/{key}/participants")
    @Operation(summary = "Name a participant, who may then read the incident even at TLP:RED")
    IncidentView addParticipant(@PathVariable String key, @Valid @RequestBody ParticipantRequest request) {
        return incidents.addParticipant(key, request.username());
    }

    @GetMapping("/{key}/reports")
    @Operation(summary = "The reports triaged into this incident")
    Map<String, List<ReportView>> reports(@PathVariable String key) {
        return Map.of("items", reports.reports(key));
    }

    @PostMapping("/{key}/reports")
    @Operation(summary = "Attach reports waiting for triage to this incident, all or none")
    IncidentView attach(@PathVariable String key, @Valid @RequestBody AttachRequest request) {
        return reports.attachReports(key, request.reportKeys());
    }

    @PostMapping("/{key}/merge")
    @Operation(summary = "Merge this incident into another: tasks and reports move, the journal is copied, this one is "
            + "closed as a duplicate naming the other; answers the incident that goes on")
    IncidentView merge(@PathVariable String key, @Valid @RequestBody MergeRequest request) {
        return merge.merge(key, request.into());
    }

    static String etag(IncidentView v) {
        return "\"" + v.version() + "\"";
    }

    static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new BadRequestException("incidents.if-match.invalid");
        }
    }

    record FromReportsRequest(@NotEmpty @Size(max = 1000) List<String> reportKeys, @NotBlank String classKey,
            @NotBlank String typeKey, @Nullable @Size(max = 2000) String note) {
    }

    record AttachRequest(@NotEmpty @Size(max = 1000) List<String> reportKeys) {
    }

    record TransitionRequest(@NotNull IncidentStatus status, @Nullable Resolution resolution, @Nullable Long version) {
    }

    record MergeRequest(@NotBlank @Size(max = 20) String into) {
    }

    record ParticipantRequest(@NotBlank @Size(max = 64) String username) {
    }
}
