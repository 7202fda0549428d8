package org.yagura.incidents.filters.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.identity.TeamService;
import org.yagura.identity.TeamSummary;
import org.yagura.incidents.filters.SavedFilter;
import org.yagura.incidents.filters.SavedFilterService;
import org.yagura.shared.api.YaguraException;

/** Saving the incident list's filters from the list page, and the page to rename, share, delete and pick the default. */
@Controller
@RequestMapping("/incidents/filters")
class SavedFilterPageController {

    private final SavedFilterService filters;
    private final TeamService teams;
    private final MessageSource messages;

    SavedFilterPageController(SavedFilterService filters, TeamService teams, MessageSource messages) {
        this.filters = filters;
        this.teams = teams;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        List<SavedFilter> all = filters.list();
        var mine = filters.shareableTeams();
        List<TeamSummary> allTeams = teams.list();
        model.addAttribute("filters", all);
        model.addAttribute("teams", allTeams);
        model.addAttribute("myTeams", allTeams.stream().filter(t -> mine.contains(t.id())).toList());
        return "incidents/filters";
    }

    /** Saves the list page's current filters (its query string) and shows the list with them. */
    @PostMapping
    String save(@RequestParam String name, @RequestParam(defaultValue = "") String query,
            @RequestParam(required = false) @Nullable UUID teamId, @RequestParam(defaultValue = "false") boolean makeDefault,
            RedirectAttributes redirect) {
        try {
            SavedFilter saved = filters.saveQuery(name, query, teamId, makeDefault);
            redirect.addFlashAttribute("flash", "incidents.filters.saved");
            return "redirect:/incidents?" + saved.query();
        } catch (YaguraException e) {
            redirect.addFlashAttribute("filterError", message(e));
            return "redirect:/incidents?" + (query.isBlank() ? "queue=OPEN" : query);
        }
    }

    @PostMapping("/{id}/rename")
    String rename(@PathVariable UUID id, @RequestParam String name, RedirectAttributes redirect) {
        return act(redirect, "incidents.filters.renamed", () -> filters.rename(id, name));
    }

    @PostMapping("/{id}/share")
    String share(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID teamId, RedirectAttributes redirect) {
        return act(redirect, "incidents.filters.shared", () -> {
            SavedFilter f = filters.get(id);
            filters.change(id, f.name(), f.filter(), teamId, f.version());
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, "incidents.filters.deleted", () -> filters.delete(id));
    }

    @PostMapping("/{id}/default")
    String makeDefault(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, "incidents.filters.default-set", () -> filters.setDefault(id));
    }

    @PostMapping("/default/clear")
    String clearDefault(RedirectAttributes redirect) {
        return act(redirect, "incidents.filters.default-cleared", filters::clearDefault);
    }

    private String act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (YaguraException e) {
            redirect.addFlashAttribute("filterError", message(e));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("filterError", messages.getMessage("incidents.filters.stale", null,
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/incidents/filters";
    }

    private String message(YaguraException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }
}
