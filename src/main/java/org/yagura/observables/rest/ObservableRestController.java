package org.yagura.observables.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.observables.Correlation;
import org.yagura.observables.CorrelationService;
import org.yagura.observables.Graph;
import org.yagura.observables.ItemResult;
import org.yagura.observables.LinkEdit;
import org.yagura.observables.LinkService;
import org.yagura.observables.MatchItem;
import org.yagura.observables.MatchResult;
import org.yagura.observables.MatchService;
import org.yagura.observables.NewLink;
import org.yagura.observables.NewSighting;
import org.yagura.observables.ObservableLink;
import org.yagura.observables.ObservableService;
import org.yagura.observables.ObservableSummary;
import org.yagura.observables.ObservableType;
import org.yagura.observables.Sighting;
import org.yagura.observables.SightingService;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** Observables: the store, links to records, correlation, sightings and bulk matching. */
@RestController
@RequestMapping("/api/v1/observables")
@Tag(name = "observables", description = "Observables, their links to records, correlation, sightings and matching")
class ObservableRestController {

    private final ObservableService observables;
    private final CorrelationService correlation;
    private final MatchService matching;
    private final SightingService sightings;
    private final LinkService linkEditing;

    ObservableRestController(ObservableService observables, CorrelationService correlation, MatchService matching,
            SightingService sightings, LinkService linkEditing) {
        this.linkEditing = linkEditing;
        this.observables = observables;
        this.correlation = correlation;
        this.matching = matching;
        this.sightings = sightings;
    }

    @GetMapping
    @Operation(summary = "Stored observables, newest first, optionally of one type")
    CursorPage<ObservableSummary> list(@RequestParam(required = false) @Nullable ObservableType type,
            @RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable String cursor) {
        return observables.list(type, CursorRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One observable with its warninglist hits")
    ObservableSummary get(@PathVariable UUID id) {
        return observables.get(id);
    }

    @GetMapping("/lookup")
    @Operation(summary = "An observable by value as written (defanged is fine); type optional")
    ObservableSummary lookup(@RequestParam(required = false) @Nullable String type, @RequestParam String value) {
        return observables.find(type, value);
    }

    @PostMapping("/{id}/correlation")
    @Operation(summary = "Let a warninglisted observable correlate anyway (correlate=true) or not")
    ObservableSummary overrideCorrelation(@PathVariable UUID id, @RequestBody @NotNull CorrelateRequest request) {
        return observables.overrideCorrelation(id, request.correlate());
    }

    @GetMapping("/records/{kind}/{key}")
    @Operation(summary = "The observables linked to a record (kind: report, incident, …)")
    Map<String, List<ObservableLink>> links(@PathVariable String kind, @PathVariable String key) {
        return Map.of("items", observables.links(kind, key));
    }

    @PostMapping("/records/{kind}/{key}")
    @Operation(summary = "Add up to 10,000 observables to a record; each item is answered linked, existing or invalid")
    Map<String, List<ItemResult>> link(@PathVariable String kind, @PathVariable String key, @RequestBody @NotNull List<NewLink> items) {
        return Map.of("results", observables.link(kind, key, items));
    }

    @PutMapping("/records/{kind}/{key}/links/{linkId}")
    @Operation(summary = "Replace the context of a record's link (role, first/last seen, tags, TLP, comment); audited, 400 for bad context")
    ObservableLink editLink(@PathVariable String kind, @PathVariable String key, @PathVariable UUID linkId,
            @RequestBody @NotNull LinkEdit edit) {
        return linkEditing.edit(kind, key, linkId, edit);
    }

    @DeleteMapping("/records/{kind}/{key}/links/{linkId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a link from a record; audited. The observable stays while another record holds it or it has sightings")
    void unlink(@PathVariable String kind, @PathVariable String key, @PathVariable UUID linkId) {
        linkEditing.unlink(kind, key, linkId);
    }

    @GetMapping("/records/{kind}/{key}/correlation")
    @Operation(summary = "Other records sharing the record's observables (same value, containing CIDR, same host), access-filtered")
    Correlation correlation(@PathVariable String kind, @PathVariable String key) {
        return correlation.correlate(kind, key);
    }

    @GetMapping("/records/{kind}/{key}/graph")
    @Operation(summary = "Two hops around a record as nodes and edges: the record, its observables, the records sharing them")
    Graph graph(@PathVariable String kind, @PathVariable String key) {
        return correlation.graph(kind, key);
    }

    @PostMapping("/match")
    @Operation(summary = "Match up to 100,000 values (any mix of types, defanged allowed, type given or inferred): canonical "
            + "form or reason, warninglist hits, the records holding each value; more values is 413",
            description = "Each result lists the records the caller may read that relate to the value, each with `via`: `same` "
                    + "(the record holds the value), `cidr` (it holds a stored CIDR block containing the address or block sent) "
                    + "or `inside` (the value sent is a CIDR block, IPv4 or IPv6, and the record holds a stored address or "
                    + "narrower block inside it; found by index range scans on the stored ranges). A block with more stored "
                    + "values inside it than `yagura.observables.too-common` (default 1,000) is too broad and lists nothing "
                    + "by `inside`; send narrower blocks. A value (or a related stored value) linked to more records the caller "
                    + "may read than that limit is too common and does not fan out; for the value sent, `tooCommon` is true. "
                    + "Records the caller may not read are never listed, counted or used to decide `tooCommon`, and a value "
                    + "held only by such records is answered `known: false`. Invalid items get `error` and `errorKey` and "
                    + "the others are still matched; more than 100,000 items is 413 problem+json.")
    Map<String, List<MatchResult>> match(@RequestBody @NotNull MatchRequest request) {
        return Map.of("results", matching.match(request.items() == null ? List.of() : request.items()));
    }

    @PostMapping("/sightings")
    @Operation(summary = "Record up to 10,000 sightings (value, source, when, how many times, optionally in a record)")
    Map<String, List<ItemResult>> sight(@RequestBody @NotNull List<NewSighting> items) {
        return Map.of("results", sightings.sight(items));
    }

    @GetMapping("/{id}/sightings")
    @Operation(summary = "Sightings of an observable: total, per day (UTC) and the latest 100")
    Sighting.History sightings(@PathVariable UUID id) {
        return sightings.history(id);
    }

    record CorrelateRequest(boolean correlate) {
    }

    record MatchRequest(@Nullable List<MatchItem> items) {
    }
}
