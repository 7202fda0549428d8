package org.yagura.artifacts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.artifacts.YaraHuntService;
import org.yagura.artifacts.YaraHuntView;
import org.yagura.artifacts.YaraService;
import org.yagura.shared.api.YaguraException;

/**
 * Retro-hunts (started from the list or a rule set, followed on their page, which polls its progress
 * with htmx while they run) and the YARA panel of the artifact page, an htmx fragment.
 */
@Controller
class YaraHuntPageController {

    private final YaraService rules;
    private final YaraHuntService hunts;

    YaraHuntPageController(YaraService rules, YaraHuntService hunts) {
        this.rules = rules;
        this.hunts = hunts;
    }

    @PostMapping("/yara/hunts")
    String start(@RequestParam(required = false) @Nullable String ruleSet, RedirectAttributes redirect) {
        try {
            YaraHuntView hunt = hunts.start(ruleSet);
            redirect.addFlashAttribute("flash", "yara.flash.hunt-started");
            return "redirect:/yara/hunts/" + hunt.key();
        } catch (YaguraException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
            return ruleSet == null || ruleSet.isBlank() ? "redirect:/yara" : "redirect:/yara/" + ruleSet;
        }
    }

    @GetMapping("/yara/hunts/{key}")
    String show(@PathVariable String key, HttpServletRequest request, Model model) {
        YaraHuntView hunt = hunts.hunt(key);
        model.addAttribute("hunt", hunt);
        if (request.getHeader("HX-Request") != null) {
            return "artifacts/yara/huntprogress";
        }
        model.addAttribute("matches", hunt.ruleSetKey() == null ? java.util.List.of() : hunts.matchesOfRuleSet(hunt.ruleSetKey(), 200));
        return "artifacts/yara/hunt";
    }

    @PostMapping("/yara/hunts/{key}/cancel")
    String cancel(@PathVariable String key, RedirectAttributes redirect) {
        try {
            hunts.cancel(key);
            redirect.addFlashAttribute("flash", "yara.flash.cancel-requested");
        } catch (YaguraException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/yara/hunts/" + key;
    }

    /** The YARA panel of an artifact's page: what matched it, loaded by htmx. */
    @GetMapping("/artifacts/{key}/yara")
    String panel(@PathVariable String key, Model model) {
        model.addAttribute("artifactKey", key);
        model.addAttribute("matches", hunts.matchesOfArtifact(key));
        model.addAttribute("available", rules.available());
        model.addAttribute("pending", hunts.scanPending(key));
        return "artifacts/yara/panel";
    }
}
