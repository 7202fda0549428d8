package org.yagura.incidents.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.Playbook;
import org.yagura.incidents.PlaybookService;
import org.yagura.incidents.TaskView;

/** Playbooks: reading and applying them; team leads and administrators create, edit, deprecate and delete them. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "playbooks", description = "Task templates per classification, in English and Japanese")
class PlaybookRestController {

    private final PlaybookService playbooks;

    PlaybookRestController(PlaybookService playbooks) {
        this.playbooks = playbooks;
    }

    @GetMapping("/playbooks")
    @Operation(summary = "Playbooks: task templates per classification, in English and Japanese; deprecated ones last")
    Map<String, List<Playbook>> playbooks() {
        return Map.of("items", playbooks.list());
    }

    @GetMapping("/playbooks/{id}")
    @Operation(summary = "One playbook with its steps, how often it was applied and its version")
    Playbook playbook(@PathVariable String id) {
        return playbooks.get(id);
    }

    @PostMapping("/playbooks")
    @Operation(summary = "Create a playbook (team leads and administrators): id, RSIT class (and type), names and steps "
            + "(kind, titles and descriptions in English and Japanese, due in dueDays days)")
    @ApiResponse(responseCode = "201", description = "The playbook")
    @ApiResponse(responseCode = "400", description = "A missing or too long field, an unknown class or type (problem+json)")
    @ApiResponse(responseCode = "403", description = "The caller is not a team lead or administrator")
    @ApiResponse(responseCode = "409", description = "The id is taken")
    ResponseEntity<Playbook> create(@Valid @RequestBody Playbook.Draft draft) {
        Playbook created = playbooks.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/incidents/playbooks/" + created.id())).body(created);
    }

    @PutMapping("/playbooks/{id}")
    @Operation(summary = "Edit a playbook and replace its steps (team leads and administrators); the version read refuses "
            + "a concurrent change (409); classKey/typeKey move it to another classification")
    Playbook changePlaybook(@PathVariable String id, @Valid @RequestBody Playbook.Change change) {
        return playbooks.change(id, change);
    }

    @PostMapping("/playbooks/{id}/deprecation")
    @Operation(summary = "Deprecate a playbook (no longer offered, history kept) or, with deprecated=false, offer it again")
    Playbook deprecate(@PathVariable String id, @Valid @RequestBody DeprecationRequest request) {
        return playbooks.deprecate(id, request.deprecated(), request.version());
    }

    @DeleteMapping("/playbooks/{id}")
    @Operation(summary = "Delete a playbook that was never applied; one that was is a 409 (deprecate it instead)")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam long version) {
        playbooks.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/playbooks/{id}")
    @Operation(summary = "Apply a playbook: create its tasks on the incident, worded in the caller's language, each due "
            + "its step's days from today; a deprecated playbook is a 409")
    Map<String, List<TaskView>> applyPlaybook(@PathVariable String key, @PathVariable String id) {
        return Map.of("items", playbooks.apply(key, id));
    }

    record DeprecationRequest(boolean deprecated, long version) {
    }
}
