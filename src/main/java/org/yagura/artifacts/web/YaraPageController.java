package org.yagura.artifacts.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.artifacts.YaraHuntService;
import org.yagura.artifacts.YaraProblem;
import org.yagura.artifacts.YaraRuleSetView;
import org.yagura.artifacts.YaraRulesInvalid;
import org.yagura.artifacts.YaraService;
import org.yagura.artifacts.YaraValidation;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/**
 * The YARA rule repository: the list with import and hunts, the form that creates or edits a rule set
 * (compiler errors shown by line), one rule set with its matches, and its enable, disable and delete.
 */
@Controller
class YaraPageController {

    private final YaraService rules;
    private final YaraHuntService hunts;
    private final MessageSource messages;

    YaraPageController(YaraService rules, YaraHuntService hunts, MessageSource messages) {
        this.rules = rules;
        this.hunts = hunts;
        this.messages = messages;
    }

    @GetMapping("/yara")
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        return list(cursor, FormErrors.none(messages), List.of(), model);
    }

    private String list(@Nullable String cursor, FormErrors errors, List<YaraProblem> problems, Model model) {
        model.addAttribute("page", rules.list(CursorRequest.of(50, cursor)));
        model.addAttribute("hunts", hunts.recent(10));
        model.addAttribute("available", rules.available());
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("tlps", Tlp.values());
        return "artifacts/yara/list";
    }

    @GetMapping("/yara/new")
    String newRuleSet(Model model) {
        return form(new YaraRuleSetForm(), null, FormErrors.none(messages), List.of(), null, model);
    }

    @PostMapping("/yara")
    String create(@ModelAttribute("form") YaraRuleSetForm form, @RequestParam(required = false) @Nullable String check,
            Model model, RedirectAttributes redirect) {
        if (check != null) {
            YaraValidation result = rules.validate(form.getSource());
            return form(form, null, FormErrors.none(messages), result.problems(), result, model);
        }
        try {
            YaraRuleSetView created = rules.create(form.toRequest());
            redirect.addFlashAttribute("flash", "yara.flash.created");
            return "redirect:/yara/" + created.key();
        } catch (YaraRulesInvalid e) {
            return form(form, null, FormErrors.none(messages).add(null, e), e.problems(), null, model);
        } catch (YaguraException e) {
            return form(form, null, FormErrors.none(messages).add(null, e), List.of(), null, model);
        }
    }

    @PostMapping("/yara/import")
    String importRules(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Tlp tlp, @RequestParam(defaultValue = "false") boolean enabled,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new org.yagura.shared.api.BadRequestException("yara.import.empty");
            }
            try (InputStream in = file.getInputStream()) {
                int count = rules.importRules(String.valueOf(file.getOriginalFilename()), in, tlp, null, enabled).size();
                redirect.addFlashAttribute("flash", "yara.flash.imported");
                redirect.addFlashAttribute("importedCount", count);
                return "redirect:/yara";
            }
        } catch (YaraRulesInvalid e) {
            return list(null, FormErrors.none(messages).add(null, e), e.problems(), model);
        } catch (YaguraException e) {
            return list(null, FormErrors.none(messages).add(null, e), List.of(), model);
        }
    }

    @GetMapping("/yara/{key}")
    String show(@PathVariable String key, Model model) {
        model.addAttribute("ruleSet", rules.get(key));
        model.addAttribute("matches", hunts.matchesOfRuleSet(key, 200));
        model.addAttribute("available", rules.available());
        return "artifacts/yara/ruleset";
    }

    @GetMapping("/yara/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        YaraRuleSetView r = rules.get(key);
        return form(YaraRuleSetForm.of(r), r, FormErrors.none(messages), List.of(), null, model);
    }

    @PostMapping("/yara/{key}")
    String update(@PathVariable String key, @ModelAttribute("form") YaraRuleSetForm form,
            @RequestParam(required = false) @Nullable String check, Model model, RedirectAttributes redirect) {
        YaraRuleSetView r = rules.get(key);
        if (check != null) {
            YaraValidation result = rules.validate(form.getSource());
            return form(form, r, FormErrors.none(messages), result.problems(), result, model);
        }
        try {
            rules.update(key, form.toRequest());
            redirect.addFlashAttribute("flash", "yara.flash.updated");
            return "redirect:/yara/" + key;
        } catch (YaraRulesInvalid e) {
            return form(form, r, FormErrors.none(messages).add(null, e), e.problems(), null, model);
        } catch (YaguraException e) {
            return form(form, r, FormErrors.none(messages).add(null, e), List.of(), null, model);
        }
    }

    @PostMapping("/yara/{key}/enable")
    String enable(@PathVariable String key, RedirectAttributes redirect) {
        return toggle(key, true, redirect);
    }

    @PostMapping("/yara/{key}/disable")
    String disable(@PathVariable String key, RedirectAttributes redirect) {
        return toggle(key, false, redirect);
    }

    private String toggle(String key, boolean on, RedirectAttributes redirect) {
        try {
            rules.enable(key, on);
            redirect.addFlashAttribute("flash", on ? "yara.flash.enabled" : "yara.flash.disabled");
        } catch (YaraRulesInvalid e) {
            redirect.addFlashAttribute("flash", "yara.flash.enable-failed");
        } catch (YaguraException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/yara/" + key;
    }

    @PostMapping("/yara/{key}/delete")
    String delete(@PathVariable String key, RedirectAttributes redirect) {
        rules.delete(key);
        redirect.addFlashAttribute("flash", "yara.flash.deleted");
        return "redirect:/yara";
    }

    private String form(YaraRuleSetForm form, @Nullable YaraRuleSetView existing, FormErrors errors, List<YaraProblem> problems,
            @Nullable YaraValidation checked, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("checked", checked);
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("available", rules.available());
        return "artifacts/yara/form";
    }
}
