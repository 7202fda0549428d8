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
import org.yagura.observables.ObservableService;
import org.yagura.observables.ObservableType;
import org.yagura.observables.SightingService;
import org.yagura.shared.api.CursorRequest;

/** The list of stored observables and the page of one, with its warninglists and sightings. */
@Controller
@RequestMapping("/observables")
class ObservablePageController {

    private final ObservableService observables;
    private final SightingService sightings;

    ObservablePageController(ObservableService observables, SightingService sightings) {
        this.observables = observables;
        this.sightings = sightings;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ObservableType type, @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        model.addAttribute("page", observables.list(type, CursorRequest.of(50, cursor)));
        model.addAttribute("type", type);
        model.addAttribute("types", ObservableType.values());
        return "observables/list";
    }

    @GetMapping("/{id:[0-9a-f-]{36}}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("history", sightings.history(id));
        return "observables/observable";
    }

    @PostMapping("/{id:[0-9a-f-]{36}}/correlation")
    String overrideCorrelation(@PathVariable UUID id, @RequestParam boolean correlate) {
        observables.overrideCorrelation(id, correlate);
        return "redirect:/observables/" + id;
    }
}
