package org.yagura.taxonomy.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.taxonomy.Marking;
import org.yagura.taxonomy.MarkingService;
import org.yagura.taxonomy.PriorityMatrix;
import org.yagura.taxonomy.PriorityMatrixService;
import org.yagura.taxonomy.TaxonomyKey;
import org.yagura.taxonomy.TaxonomyService;
import org.yagura.taxonomy.rest.TaxonomyRequests.ChangeRequest;
import org.yagura.taxonomy.rest.TaxonomyRequests.NewEntryRequest;
import org.yagura.taxonomy.rest.TaxonomyRequests.PriorityMatrixRequest;

/** The classification (RSIT and local), TLP/PAP labels and the priority matrix. */
@RestController
@RequestMapping("/api/v1/taxonomy")
@Tag(name = "taxonomy", description = "Incident classification, TLP/PAP labels and the priority matrix")
class TaxonomyRestController {

    private final TaxonomyService taxonomy;
    private final PriorityMatrixService matrix;
    private final MarkingService markings;

    TaxonomyRestController(TaxonomyService taxonomy, PriorityMatrixService matrix, MarkingService markings) {
        this.taxonomy = taxonomy;
        this.matrix = matrix;
        this.markings = markings;
    }

    @GetMapping("/classes")
    @Operation(summary = "All classes with their types, labels in English, Japanese and the caller's language")
    Map<String, List<TaxonomyClassResponse>> classes(@RequestParam(defaultValue = "false") boolean includeDeprecated) {
        return Map.of("items", taxonomy.classes(includeDeprecated).stream()
                .map(c -> TaxonomyClassResponse.of(c, LocaleContextHolder.getLocale())).toList());
    }

    @PostMapping("/classes")
    @Operation(summary = "Add a local class (team lead or administrator)")
    ResponseEntity<TaxonomyClassResponse> addClass(@Valid @RequestBody NewEntryRequest r) {
        var added = taxonomy.addClass(r.key(), r.labels());
        return ResponseEntity.created(URI.create("/api/v1/taxonomy/classes/" + added.key()))
                .body(TaxonomyClassResponse.of(added, LocaleContextHolder.getLocale()));
    }

    @PatchMapping("/classes/{classKey}")
    @Operation(summary = "Rename a local class, or deprecate or reactivate any class")
    TaxonomyClassResponse updateClass(@PathVariable String classKey, @Valid @RequestBody ChangeRequest r) {
        return TaxonomyClassResponse.of(taxonomy.update(TaxonomyKey.ofClass(classKey), r.change()),
                LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/classes/{classKey}")
    @Operation(summary = "Delete a local class and its types while nothing uses them")
    ResponseEntity<Void> deleteClass(@PathVariable String classKey) {
        taxonomy.delete(TaxonomyKey.ofClass(classKey));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/classes/{classKey}/types")
    @Operation(summary = "Add a local type to a class (team lead or administrator)")
    ResponseEntity<TaxonomyClassResponse.Type> addType(@PathVariable String classKey, @Valid @RequestBody NewEntryRequest r) {
        var added = taxonomy.addType(classKey, r.key(), r.labels());
        return ResponseEntity.created(URI.create("/api/v1/taxonomy/classes/" + classKey + "/types/" + added.key()))
                .body(TaxonomyClassResponse.Type.of(added, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/classes/{classKey}/types/{typeKey}")
    @Operation(summary = "One type")
    TaxonomyClassResponse.Type type(@PathVariable String classKey, @PathVariable String typeKey) {
        return TaxonomyClassResponse.Type.of(taxonomy.getType(classKey, typeKey), LocaleContextHolder.getLocale());
    }

    @PatchMapping("/classes/{classKey}/types/{typeKey}")
    @Operation(summary = "Rename a local type, or deprecate or reactivate any type; answers with its class")
    TaxonomyClassResponse updateType(@PathVariable String classKey, @PathVariable String typeKey,
            @Valid @RequestBody ChangeRequest r) {
        return TaxonomyClassResponse.of(taxonomy.update(TaxonomyKey.ofType(classKey, typeKey), r.change()),
                LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/classes/{classKey}/types/{typeKey}")
    @Operation(summary = "Delete a local type while nothing uses it")
    ResponseEntity<Void> deleteType(@PathVariable String classKey, @PathVariable String typeKey) {
        taxonomy.delete(TaxonomyKey.ofType(classKey, typeKey));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/priority-matrix")
    @Operation(summary = "The impact × urgency → priority matrix")
    PriorityMatrix priorityMatrix() {
        return matrix.matrix();
    }

    @PutMapping("/priority-matrix")
    @Operation(summary = "Set cells of the priority matrix (team lead or administrator)")
    PriorityMatrix changePriorityMatrix(@Valid @RequestBody PriorityMatrixRequest r) {
        return matrix.change(r.cells().stream()
                .map(c -> new PriorityMatrix.Cell(c.impact(), c.urgency(), c.priority())).toList());
    }

    @GetMapping("/markings")
    @Operation(summary = "TLP 2.0 and PAP levels with their names and meanings in English and Japanese")
    Map<String, List<Marking>> markings() {
        return Map.of("tlp", markings.tlpLevels(), "pap", markings.papLevels());
    }
}
