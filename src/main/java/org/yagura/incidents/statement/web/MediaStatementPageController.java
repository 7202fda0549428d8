package org.yagura.incidents.statement.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.incidents.IncidentService;
import org.yagura.incidents.statement.MediaStatementDraft;
import org.yagura.incidents.statement.MediaStatementService;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/** The media statements section of an incident page (an htmx fragment, or a page of its own) and its forms. */
@Controller
@RequestMapping("/incidents/{key}/statements")
class MediaStatementPageController {

    private final IncidentService incidents;
    private final MediaStatementService statements;
    private final MessageSource messages;

    MediaStatementPageController(IncidentService incidents, MediaStatementService statements, MessageSource messages) {
        this.incidents = incidents;
        this.statements = statements;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String key, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        return page(key, FormErrors.none(messages), htmx != null, model);
    }

    @PostMapping
    String draft(@PathVariable String key, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String language, Model model,
            RedirectAttributes redirect) {
        return act(key, model, redirect, "statement.drafted", () -> statements.draft(key, draft(title, body, language)));
    }

    @PostMapping("/{id}")
    String edit(@PathVariable String key, @PathVariable UUID id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) @Nullable Long version, Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "statement.edited",
                () -> statements.edit(key, id, draft(title, body, language), version));
    }

    @PostMapping("/{id}/{step:submit|approve|release}")
    String step(@PathVariable String key, @PathVariable UUID id, @PathVariable String step,
            @RequestParam(required = false) @Nullable Long version, Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "statement.step." + step, () -> {
            switch (step) {
                case "submit" -> statements.submit(key, id, version);
                case "approve" -> statements.approve(key, id, version);
                default -> statements.release(key, id, version);
            }
        });
    }

    private String act(String key, Model model, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            return page(key, FormErrors.none(messages).add(null, new ConflictException("statement.concurrent-edit")),
                    false, model);
        } catch (YaguraException e) {
            return page(key, FormErrors.none(messages).add(null, e), false, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/incidents/" + key;
    }

    private String page(String key, FormErrors errors, boolean fragment, Model model) {
        model.addAttribute("incident", incidents.get(key));
        model.addAttribute("statements", statements.statements(key));
        model.addAttribute("errors", errors);
        return fragment ? "incidents/statement/section" : "incidents/statement/page";
    }

    /** The form's fields as a draft; the rules of {@link MediaStatementDraft} checked here, as the API's validation would. */
    private static MediaStatementDraft draft(String title, String body, String language) {
        if (title.isBlank() || title.length() > 300) {
            throw new BadRequestException("statement.title.invalid");
        }
        if (body.isBlank() || body.length() > 100_000) {
            throw new BadRequestException("statement.body.invalid");
        }
        if (!language.equals("ja") && !language.equals("en")) {
            throw new BadRequestException("statement.language.invalid");
        }
        return new MediaStatementDraft(title, body, language);
    }
}
