package org.yagura.incidents.statement.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.statement.MediaStatementDraft;
import org.yagura.incidents.statement.MediaStatementService;
import org.yagura.incidents.statement.MediaStatementView;

/** Media statements on an incident: draft, edit, submit, approve (a team lead who did not write it) and release. */
@RestController
@RequestMapping("/api/v1/incidents/{key}/statements")
@Tag(name = "media statements", description = "Public statements about an incident and their approval")
class MediaStatementRestController {

    private final MediaStatementService statements;

    MediaStatementRestController(MediaStatementService statements) {
        this.statements = statements;
    }

    @GetMapping
    @Operation(summary = "The media statements of an incident, oldest first")
    Map<String, List<MediaStatementView>> list(@PathVariable String key) {
        return Map.of("items", statements.statements(key));
    }

    @PostMapping
    @Operation(summary = "Draft a statement (title, Markdown body, language ja or en); the caller is its author")
    ResponseEntity<MediaStatementView> draft(@PathVariable String key, @Valid @RequestBody MediaStatementDraft draft) {
        MediaStatementView v = statements.draft(key, draft);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + key + "/statements/" + v.id())).body(v);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One statement")
    MediaStatementView get(@PathVariable String key, @PathVariable UUID id) {
        return statements.get(key, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the text; a submitted or approved statement returns to draft, a released one is refused (409)")
    MediaStatementView edit(@PathVariable String key, @PathVariable UUID id, @Valid @RequestBody EditRequest request) {
        return statements.edit(key, id, new MediaStatementDraft(request.title(), request.body(), request.language()),
                request.version());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for approval")
    MediaStatementView submit(@PathVariable String key, @PathVariable UUID id,
            @RequestBody(required = false) @Nullable VersionRequest request) {
        return statements.submit(key, id, version(request));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted statement: team leads and administrators who neither wrote nor last edited it (403 otherwise)")
    MediaStatementView approve(@PathVariable String key, @PathVariable UUID id,
            @RequestBody(required = false) @Nullable VersionRequest request) {
        return statements.approve(key, id, version(request));
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Mark an approved statement released (409 before approval)")
    MediaStatementView release(@PathVariable String key, @PathVariable UUID id,
            @RequestBody(required = false) @Nullable VersionRequest request) {
        return statements.release(key, id, version(request));
    }

    private static @Nullable Long version(@Nullable VersionRequest request) {
        return request == null ? null : request.version();
    }

    record EditRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 100_000) String body,
            @NotNull @Pattern(regexp = "ja|en", message = "{statement.language.invalid}") String language,
            @Nullable Long version) {
    }

    record VersionRequest(@Nullable Long version) {
    }
}
