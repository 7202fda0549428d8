package org.yagura.identity.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.identity.TeamService;
import org.yagura.identity.TeamSummary;
import org.yagura.identity.rest.IdentityRequests.TeamRequest;

/** Teams and their members. */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "teams", description = "Teams and membership")
class TeamRestController {

    private final TeamService teams;

    TeamRestController(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    @Operation(summary = "All teams with their members")
    Map<String, List<TeamSummary>> list() {
        return Map.of("items", teams.list());
    }

    @PostMapping
    @Operation(summary = "Create a team")
    ResponseEntity<TeamSummary> create(@Valid @RequestBody TeamRequest r) {
        TeamSummary team = teams.create(r.name(), r.description());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One team")
    TeamSummary get(@PathVariable UUID id) {
        return teams.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a team or change its description")
    TeamSummary update(@PathVariable UUID id, @Valid @RequestBody TeamRequest r) {
        return teams.update(id, r.name(), r.description(), r.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a team")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        teams.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/members/{userId}")
    @Operation(summary = "Add a member")
    TeamSummary addMember(@PathVariable UUID id, @PathVariable UUID userId) {
        return teams.addMember(id, userId);
    }

    @DeleteMapping("/{id}/members/{userId}")
    @Operation(summary = "Remove a member")
    TeamSummary removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        return teams.removeMember(id, userId);
    }
}
