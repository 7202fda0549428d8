package org.yagura.observables.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yagura.observables.CorrelationService;
import org.yagura.observables.ExtractionService;
import org.yagura.observables.ItemResult;
import org.yagura.observables.ObservableService;

/**
 * The observables of one record (a report, an incident): its page, and the htmx fragments the record's own
 * page includes with {@code hx-get}: correlation ("seen in 3 other reports") and the extraction staging area.
 */
@Controller
@RequestMapping("/observables/records/{kind}/{key}")
class RecordObservablesPageController {

    private final ObservableService observables;
    private final CorrelationService correlation;
    private final ExtractionService extraction;

    RecordObservablesPageController(ObservableService observables, CorrelationService correlation, ExtractionService extraction) {
        this.observables = observables;
        this.correlation = correlation;
        this.extraction = extraction;
    }

    @GetMapping
    String page(@PathVariable String kind, @PathVariable String key, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("links", observables.links(kind, key));
        return "observables/record";
    }

    @GetMapping("/correlation")
    String correlation(@PathVariable String kind, @PathVariable String key, Model model) {
        model.addAttribute("correlation", correlation.correlate(kind, key));
        return "observables/correlation";
    }

    @PostMapping("/correlation/{observable}")
    String overrideCorrelation(@PathVariable String kind, @PathVariable String key, @PathVariable UUID observable,
            @RequestParam boolean correlate, Model model) {
        observables.overrideCorrelation(observable, correlate);
        return correlation(kind, key, model);
    }

    @GetMapping("/graph")
    String graph(@PathVariable String kind, @PathVariable String key, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("graph", correlation.graph(kind, key));
        return "observables/graph";
    }

    @GetMapping("/staging")
    String staging(@PathVariable String kind, @PathVariable String key, Model model) {
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/extract")
    String extract(@PathVariable String kind, @PathVariable String key, Model model) {
        extraction.extract(kind, key);
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/{candidate}/confirm")
    String confirm(@PathVariable String kind, @PathVariable String key, @PathVariable UUID candidate,
            @RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String value,
            Model model) {
        ItemResult result = extraction.confirm(kind, key, candidate, type, value);
        return staging(kind, key, result.error(), model);
    }

    @PostMapping("/staging/{candidate}/drop")
    String drop(@PathVariable String kind, @PathVariable String key, @PathVariable UUID candidate, Model model) {
        extraction.drop(kind, key, candidate);
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/confirm-all")
    String confirmAll(@PathVariable String kind, @PathVariable String key, Model model) {
        extraction.confirmAll(kind, key);
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/drop-all")
    String dropAll(@PathVariable String kind, @PathVariable String key, Model model) {
        extraction.drop(kind, key, null);
        return staging(kind, key, null, model);
    }

    private String staging(String kind, String key, @Nullable String error, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("candidates", extraction.candidates(kind, key));
        model.addAttribute("error", error);
        return "observables/staging";
    }
}
