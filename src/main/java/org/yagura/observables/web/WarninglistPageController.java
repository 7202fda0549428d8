package org.yagura.observables.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.observables.ObservableType;
import org.yagura.observables.WarninglistService;
import org.yagura.observables.WarninglistType;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/** Warninglists: what is shipped, and administrators adding lists and entries. */
@Controller
@RequestMapping("/observables/warninglists")
class WarninglistPageController {

    private final WarninglistService warninglists;
    private final MessageSource messages;

    WarninglistPageController(WarninglistService warninglists, MessageSource messages) {
        this.warninglists = warninglists;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(FormErrors.none(messages), model);
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam(defaultValue = "") String description, @RequestParam WarninglistType type,
            @RequestParam(required = false) @Nullable List<ObservableType> matchingTypes, @RequestParam(defaultValue = "") String entries,
            Model model, RedirectAttributes redirect) {
        try {
            Set<ObservableType> types = matchingTypes == null ? Set.of() : EnumSet.copyOf(matchingTypes);
            warninglists.create(name, description, type, types, lines(entries));
        } catch (YaguraException e) {
            return page(FormErrors.none(messages).add(null, e), model);
        }
        redirect.addFlashAttribute("flash", "observable.warninglist.created");
        return "redirect:/observables/warninglists";
    }

    @PostMapping("/entries")
    String addEntries(@RequestParam String name, @RequestParam String entries, Model model, RedirectAttributes redirect) {
        try {
            warninglists.addEntries(name, lines(entries));
        } catch (YaguraException e) {
            return page(FormErrors.none(messages).add(null, e), model);
        }
        redirect.addFlashAttribute("flash", "observable.warninglist.entries-added");
        return "redirect:/observables/warninglists";
    }

    private String page(FormErrors errors, Model model) {
        model.addAttribute("lists", warninglists.lists());
        model.addAttribute("types", WarninglistType.values());
        model.addAttribute("observableTypes", ObservableType.values());
        model.addAttribute("errors", errors);
        return "observables/warninglists";
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
