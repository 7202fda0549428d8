package org.yagura.incidents.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.review.ActionItemService;
import org.yagura.incidents.review.ActionItemState;
import org.yagura.incidents.review.NewActionItem;
import org.yagura.incidents.review.ReviewService;
import org.yagura.incidents.review.ReviewText;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/** The review section of an incident page (an htmx fragment, or a page of its own) and its forms. */
@Controller
@RequestMapping("/incidents/{key}/review")
class ReviewPageController {

    private final IncidentService incidents;
    private final ReviewService reviews;
    private final ActionItemService actions;
    private final MessageSource messages;

    ReviewPageController(IncidentService incidents, ReviewService reviews, ActionItemService actions,
            MessageSource messages) {
        this.incidents = incidents;
        this.reviews = reviews;
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String key, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        return page(key, FormErrors.none(messages), htmx != null, model);
    }

    @PostMapping
    String save(@PathVariable String key, @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String rootCause, @RequestParam(defaultValue = "") String whatWorked,
            @RequestParam(defaultValue = "") String whatDidNot, @RequestParam(required = false) @Nullable Long version,
            Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "review.saved", () -> reviews.save(key,
                new ReviewText(limit(summary), limit(rootCause), limit(whatWorked), limit(whatDidNot)), version));
    }

    @PostMapping("/complete")
    String complete(@PathVariable String key, @RequestParam(required = false) @Nullable Long version, Model model,
            RedirectAttributes redirect) {
        return act(key, model, redirect, "review.completed", () -> reviews.complete(key, version));
    }

    @PostMapping("/actions")
    String addAction(@PathVariable String key, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueDate, Model model,
            RedirectAttributes redirect) {
        return act(key, model, redirect, "review.action.added", () -> {
            if (title.isBlank() || title.length() > 300) {
                throw new BadRequestException("review.action.title-invalid");
            }
            actions.add(key, new NewActionItem(title, owner, date(dueDate)));
        });
    }

    @PostMapping("/actions/{id}/state")
    String setState(@PathVariable String key, @PathVariable UUID id, @RequestParam ActionItemState state,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        return act(key, model, redirect, "review.action.changed", () -> actions.setState(key, id, state, version));
    }

    private String act(String key, Model model, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            return page(key, FormErrors.none(messages).add(null, new ConflictException("review.concurrent-edit")), false, model);
        } catch (YaguraException e) {
            return page(key, FormErrors.none(messages).add(null, e), false, model);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/incidents/" + key;
    }

    private String page(String key, FormErrors errors, boolean fragment, Model model) {
        IncidentView incident = incidents.get(key);
        model.addAttribute("incident", incident);
        model.addAttribute("review", reviews.review(key));
        model.addAttribute("actions", actions.actions(key));
        model.addAttribute("required", reviews.requiredPriorities().contains(incident.priority()));
        model.addAttribute("states", ActionItemState.values());
        model.addAttribute("errors", errors);
        return fragment ? "incidents/review/section" : "incidents/review/page";
    }

    private static @Nullable String limit(String text) {
        if (text.length() > 20_000) {
            throw new BadRequestException("review.text-too-long");
        }
        return text;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("review.action.due-invalid");
        }
    }
}
