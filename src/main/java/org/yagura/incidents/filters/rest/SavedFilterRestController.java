package org.yagura.incidents.filters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.filters.SavedFilter;
import org.yagura.incidents.filters.SavedFilterService;
import org.yagura.shared.api.BadRequestException;

/** Saved filters of the incident list: the caller's own and those shared with the caller's teams. */
@RestController
@RequestMapping("/api/v1/incidents/filters")
@Tag(name = "incident filters", description = "Saved filters of the incident list, private or shared with a team; a default per user")
class SavedFilterRestController {

    private final SavedFilterService filters;

    SavedFilterRestController(SavedFilterService filters) {
        this.filters = filters;
    }

    @GetMapping
    @Operation(summary = "The caller's filters, then those shared with the caller's teams; isDefault marks the caller's default")
    Map<String, List<SavedFilter>> list() {
        return Map.of("items", filters.list());
    }

    @PostMapping
    @Operation(summary = "Save a filter. Fields: queue, status, classKey, priority, tlp, assignee, teamId, constituency, "
            + "from, to (yyyy-mm-dd), sla (AT_RISK, BREACHED), q; an unknown field or a bad value is a 400 naming it")
    ResponseEntity<SavedFilter> save(@Valid @RequestBody FilterRequest r) {
        SavedFilter saved = filters.save(r.name(), r.filter(), r.teamId(), Boolean.TRUE.equals(r.isDefault()));
        return ResponseEntity.created(URI.create("/api/v1/incidents/filters/" + saved.id())).eTag(etag(saved)).body(saved);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One filter the caller may see; its ETag is the version for If-Match")
    ResponseEntity<SavedFilter> get(@PathVariable UUID id) {
        SavedFilter f = filters.get(id);
        return ResponseEntity.ok().eTag(etag(f)).body(f);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace name, filter and sharing of one of the caller's own filters (If-Match: a stale version is a 409)")
    ResponseEntity<SavedFilter> change(@PathVariable UUID id, @Valid @RequestBody FilterRequest r,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        SavedFilter changed = filters.change(id, r.name(), r.filter(), r.teamId(), version(ifMatch));
        if (r.isDefault() != null) {
            changed = r.isDefault() ? filters.setDefault(id) : clearIfDefault(changed);
        }
        return ResponseEntity.ok().eTag(etag(changed)).body(changed);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of the caller's own filters; it stops being anyone's default")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        filters.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/default")
    @Operation(summary = "The caller's default filter; 204 when none is set")
    ResponseEntity<SavedFilter> defaultFilter() {
        return filters.defaultFilter().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/default")
    @Operation(summary = "Make a filter the caller may see the caller's default list")
    SavedFilter setDefault(@Valid @RequestBody DefaultRequest r) {
        return filters.setDefault(r.filterId());
    }

    @DeleteMapping("/default")
    @Operation(summary = "Clear the caller's default list")
    ResponseEntity<Void> clearDefault() {
        filters.clearDefault();
        return ResponseEntity.noContent().build();
    }

    private SavedFilter clearIfDefault(SavedFilter f) {
        if (f.isDefault()) {
            filters.clearDefault();
            return filters.get(f.id());
        }
        return f;
    }

    private static String etag(SavedFilter f) {
        return "\"" + f.version() + "\"";
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("incidents.filters.if-match.invalid");
        }
    }

    /** A filter to save: its name, the fields (name → value) and, to share it, one of the caller's teams. */
    record FilterRequest(@NotBlank @Size(max = 100) String name,
            @NotNull @Schema(description = "queue, status, classKey, priority, tlp, assignee, teamId, constituency, from, to, sla, q")
            Map<String, String> filter,
            @Nullable UUID teamId, @Nullable Boolean isDefault) {
    }

    /** The filter to see first. */
    record DefaultRequest(@NotNull UUID filterId) {
    }
}
