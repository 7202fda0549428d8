package org.yagura.taxonomy.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.MarkingService;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.PriorityMatrix;
import org.yagura.taxonomy.PriorityMatrixService;
import org.yagura.taxonomy.TaxonomyChange;
import org.yagura.taxonomy.TaxonomyKey;
import org.yagura.taxonomy.TaxonomyService;
import org.yagura.taxonomy.Urgency;

/** The taxonomy administration page: classes and types, local additions, deprecation, the priority matrix. */
@Controller
@RequestMapping("/admin/taxonomy")
@PreAuthorize("hasRole('TEAM_LEAD')")
class TaxonomyPageController {

    private static final String PAGE = "redirect:/admin/taxonomy";
    private final TaxonomyService taxonomy;
    private final PriorityMatrixService matrix;
    private final MarkingService markings;
    private final MessageSource messages;

    TaxonomyPageController(TaxonomyService taxonomy, PriorityMatrixService matrix, MarkingService markings,
            MessageSource messages) {
        this.taxonomy = taxonomy;
        this.matrix = matrix;
        this.markings = markings;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        return page(model, new TaxonomyEntryForm(), FormErrors.none(messages), new TaxonomyEntryForm(),
                FormErrors.none(messages));
    }

    @PostMapping("/classes")
    String addClass(@Valid @ModelAttribute("classForm") TaxonomyEntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding, messages) : FormErrors.none(messages);
        if (!errors.any()) {
            try {
                taxonomy.addClass(form.getKey(), form.labels());
                redirect.addFlashAttribute("flash", "taxonomy.class-added");
                return PAGE;
            } catch (YaguraException e) {
                errors.add(e instanceof ConflictException ? "key" : null, e);
            }
        }
        return page(model, form, errors, new TaxonomyEntryForm(), FormErrors.none(messages));
    }

    @PostMapping("/types")
    String addType(@Valid @ModelAttribute("typeForm") TaxonomyEntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding, messages) : FormErrors.none(messages);
        if (!errors.any()) {
            try {
                taxonomy.addType(form.getClassKey(), form.getKey(), form.labels());
                redirect.addFlashAttribute("flash", "taxonomy.type-added");
                return PAGE;
            } catch (YaguraException e) {
                errors.add(e instanceof ConflictException ? "key" : null, e);
            }
        }
        return page(model, new TaxonomyEntryForm(), FormErrors.none(messages), form, errors);
    }

    @PostMapping("/deprecate")
    String deprecate(@RequestParam String key, @RequestParam boolean deprecated, RedirectAttributes redirect) {
        return act(redirect, deprecated ? "taxonomy.deprecated" : "taxonomy.reactivated",
                () -> taxonomy.update(TaxonomyKey.parse(key), TaxonomyChange.deprecated(deprecated)));
    }

    @PostMapping("/relabel")
    String relabel(@RequestParam String key, @RequestParam String labelEn, @RequestParam String labelJa,
            @RequestParam(defaultValue = "") String descriptionEn, @RequestParam(defaultValue = "") String descriptionJa,
            RedirectAttributes redirect) {
        return act(redirect, "taxonomy.saved", () -> taxonomy.update(TaxonomyKey.parse(key),
                new TaxonomyChange(labelEn, labelJa, descriptionEn, descriptionJa, null, null)));
    }

    @PostMapping("/delete")
    String delete(@RequestParam String key, RedirectAttributes redirect) {
        return act(redirect, "taxonomy.deleted", () -> taxonomy.delete(TaxonomyKey.parse(key)));
    }

    @PostMapping("/priority-matrix")
    String changeMatrix(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        List<PriorityMatrix.Cell> cells = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                String value = params.get("cell." + impact + "." + urgency);
                if (value != null && Arrays.stream(Priority.values()).anyMatch(p -> p.name().equals(value))) {
                    cells.add(new PriorityMatrix.Cell(impact, urgency, Priority.valueOf(value)));
                }
            }
        }
        return act(redirect, "taxonomy.priority-matrix-saved", () -> matrix.change(cells));
    }

    private String act(RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", success);
        } catch (YaguraException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return PAGE;
    }

    private String page(Model model, TaxonomyEntryForm classForm, FormErrors classErrors, TaxonomyEntryForm typeForm,
            FormErrors typeErrors) {
        List<Impact> impacts = new ArrayList<>(List.of(Impact.values()));
        Collections.reverse(impacts);
        List<Urgency> urgencies = new ArrayList<>(List.of(Urgency.values()));
        Collections.reverse(urgencies);
        model.addAttribute("classes", taxonomy.classes(true));
        model.addAttribute("matrix", matrix.matrix());
        model.addAttribute("impacts", impacts);
        model.addAttribute("urgencies", urgencies);
        model.addAttribute("priorities", List.of(Priority.values()));
        model.addAttribute("tlp", markings.tlpLevels());
        model.addAttribute("pap", markings.papLevels());
        model.addAttribute("classForm", classForm);
        model.addAttribute("classErrors", classErrors);
        model.addAttribute("typeForm", typeForm);
        model.addAttribute("typeErrors", typeErrors);
        return "taxonomy/admin";
    }
}
