package org.yagura.audit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.audit.AuditFilter;
import org.yagura.audit.AuditTrail;
import org.yagura.shared.api.CursorRequest;

/** The audit trail as JSON, for administrators: entries newest first, and the chain's verification. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
class AuditRestController {

    private final AuditTrail trail;

    AuditRestController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "List audit entries, newest first",
            description = "Filters combine; action matches as a prefix; from is inclusive and to exclusive "
                    + "(ISO-8601 instants). Pass the returned next cursor to get the following page.")
    public AuditListResponse list(
            @Parameter(description = "User name, exactly") @RequestParam(required = false) @Nullable String actor,
            @Parameter(description = "Action prefix, e.g. user.") @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @Parameter(description = "Earliest time, inclusive") @RequestParam(required = false) @Nullable Instant from,
            @Parameter(description = "Latest time, exclusive") @RequestParam(required = false) @Nullable Instant to,
            @Parameter(description = "Page size, 1 to 500") @RequestParam(required = false) @Nullable Integer limit,
            @Parameter(description = "Cursor from the previous page") @RequestParam(required = false) @Nullable String cursor) {
        AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, from, to);
        return AuditListResponse.from(trail.search(filter, CursorRequest.of(limit, cursor)));
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify the hash chain",
            description = "Recomputes every entry's hash and link. firstBrokenEntry is the sequence number of "
                    + "the first entry that was altered, removed or badly linked, or null when the chain is intact.")
    public AuditVerificationResponse verify() {
        return AuditVerificationResponse.from(trail.verify());
    }
}
