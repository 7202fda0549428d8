package org.yagura.incidents.review.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.incidents.review.ActionItemService;
import org.yagura.incidents.review.ReviewService;
import org.yagura.taxonomy.Priority;

/** Open review action items across incidents (mine, overdue), and the priorities that need a review to close. */
@Controller
@RequestMapping("/incidents/reviews")
class ActionItemsPageController {

    private final ActionItemService actions;
    private final ReviewService reviews;

    ActionItemsPageController(ActionItemService actions, ReviewService reviews) {
        this.actions = actions;
        this.reviews = reviews;
    }

    @GetMapping("/actions")
    String list(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        var zone = LocaleContextHolder.getTimeZone().toZoneId();
        model.addAttribute("actions", actions.open(mine, overdue, zone));
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", java.time.LocalDate.now(zone));
        model.addAttribute("required", reviews.requiredPriorities());
        model.addAttribute("priorities", Priority.values());
        return "incidents/review/actions";
    }

    @PostMapping("/settings")
    String changeSettings(@RequestParam(name = "priority", required = false) @Nullable List<Priority> priorities,
            RedirectAttributes redirect) {
        Set<Priority> chosen = priorities == null || priorities.isEmpty() ? EnumSet.noneOf(Priority.class)
                : EnumSet.copyOf(priorities);
        reviews.changeRequiredPriorities(chosen);
        redirect.addFlashAttribute("flash", "review.settings.saved");
        return "redirect:/incidents/reviews/actions";
    }
}
