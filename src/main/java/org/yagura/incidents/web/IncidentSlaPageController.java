package org.yagura.incidents.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.IncidentSlaService;
import org.yagura.incidents.IncidentSlaService.IncidentSla;
import org.yagura.shared.api.YaguraException;

/**
 * The SLA panel of the incident page and its pause/resume buttons; with {@code HX-Request} the
 * panel alone is returned, otherwise the browser goes back to the incident page.
 */
@Controller
@RequestMapping("/incidents/{key}/sla")
class IncidentSlaPageController {

    private final IncidentSlaService sla;
    private final IncidentService incidents;
    private final IncidentDetail detail;

    IncidentSlaPageController(IncidentSlaService sla, IncidentService incidents, IncidentDetail detail) {
        this.sla = sla;
        this.incidents = incidents;
        this.detail = detail;
    }

    @GetMapping
    String panel(@PathVariable String key, Model model) {
        return panel(key, sla.of(key), null, model);
    }

    @PostMapping("/pause")
    String pause(@PathVariable String key, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return act(key, htmx != null, true, model, redirect);
    }

    @PostMapping("/resume")
    String resume(@PathVariable String key, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return act(key, htmx != null, false, model, redirect);
    }

    private String act(String key, boolean htmx, boolean pause, Model model, RedirectAttributes redirect) {
        IncidentSla result;
        try {
            result = pause ? sla.pause(key) : sla.resume(key);
        } catch (YaguraException e) {
            if (htmx) {
                return panel(key, sla.of(key), detail.messages().getMessage(e.messageKey(), e.arguments(),
                        e.messageKey(), LocaleContextHolder.getLocale()), model);
            }
            return detail.page(key, detail.of(e), model);
        }
        if (htmx) {
            return panel(key, result, null, model);
        }
        redirect.addFlashAttribute("flash", pause ? "incidents.sla.paused" : "incidents.sla.resumed");
        return "redirect:/incidents/" + key;
    }

    private String panel(String key, IncidentSla clocks, @Nullable String problem, Model model) {
        model.addAttribute("sla", clocks);
        model.addAttribute("open", incidents.get(key).status().isOpen());
        model.addAttribute("problem", problem);
        return "incidents/sla/panel";
    }
}
