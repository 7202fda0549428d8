package org.yagura.observables.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.observables.ObservableType;
import org.yagura.observables.WarninglistService;
import org.yagura.observables.WarninglistSummary;
import org.yagura.observables.WarninglistType;

/** Warninglists: the shipped MISP lists and the ones administrators add. */
@RestController
@RequestMapping("/api/v1/observables/warninglists")
@Tag(name = "warninglists", description = "Lists of known noise (MISP warninglist format)")
class WarninglistRestController {

    private final WarninglistService warninglists;

    WarninglistRestController(WarninglistService warninglists) {
        this.warninglists = warninglists;
    }

    @GetMapping
    @Operation(summary = "Every warninglist, without its entries")
    Map<String, List<WarninglistSummary>> list() {
        return Map.of("items", warninglists.lists());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a list (administrators); type string, substring, hostname, cidr or regex; no matchingTypes: every type")
    WarninglistSummary create(@RequestBody @NotNull NewWarninglist list) {
        return warninglists.create(list.name() == null ? "" : list.name(), list.description() == null ? "" : list.description(),
                list.type() == null ? WarninglistType.STRING : WarninglistType.ofMisp(list.type()),
                list.matchingTypes() == null ? Set.of() : list.matchingTypes(),
                list.entries() == null ? List.of() : list.entries());
    }

    @PostMapping("/{name}/entries")
    @Operation(summary = "Add entries to a list, shipped or not (administrators)")
    Map<String, Integer> addEntries(@PathVariable String name, @RequestBody @NotNull List<String> entries) {
        return Map.of("added", warninglists.addEntries(name, entries));
    }

    record NewWarninglist(@Nullable String name, @Nullable String description, @Nullable String type,
            @Nullable Set<ObservableType> matchingTypes, @Nullable List<String> entries) {
    }
}
