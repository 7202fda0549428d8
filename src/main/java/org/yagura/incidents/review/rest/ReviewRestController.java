package org.yagura.incidents.review.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yagura.incidents.review.ActionItemService;
import org.yagura.incidents.review.ActionItemState;
import org.yagura.incidents.review.ActionItemView;
import org.yagura.incidents.review.NewActionItem;
import org.yagura.incidents.review.ReviewService;
import org.yagura.incidents.review.ReviewText;
import org.yagura.incidents.review.ReviewView;
import org.yagura.taxonomy.Priority;

/** Post-incident reviews, their action items across incidents, and the priorities that need a review to close. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "incident reviews", description = "Post-incident reviews (lessons learned) and their action items")
class ReviewRestController {

    private final ReviewService reviews;
    private final ActionItemService actions;

    ReviewRestController(ReviewService reviews, ActionItemService actions) {
        this.reviews = reviews;
        this.actions = actions;
    }

    @GetMapping("/{key}/review")
    @Operation(summary = "The post-incident review of an incident (version -1: nobody wrote it yet)")
    ReviewView review(@PathVariable String key) {
        return reviews.review(key);
    }

    @PutMapping("/{key}/review")
    @Operation(summary = "Write the review (Markdown); the version read (-1 for a new review) refuses a concurrent edit (409)")
    ReviewView save(@PathVariable String key, @Valid @RequestBody ReviewRequest request) {
        return reviews.save(key, new ReviewText(request.summary(), request.rootCause(), request.whatWorked(),
                request.whatDidNot()), request.version());
    }

    @PostMapping("/{key}/review/complete")
    @Operation(summary = "Complete the review (needs a summary and a root cause); incidents of the priorities that need a "
            + "review can then be closed")
    ReviewView complete(@PathVariable String key, @RequestBody(required = false) @Nullable VersionRequest request) {
        return reviews.complete(key, request == null ? null : request.version());
    }

    @GetMapping("/{key}/review/actions")
    @Operation(summary = "The action items of the review")
    Map<String, List<ActionItemView>> actions(@PathVariable String key) {
        return Map.of("items", actions.actions(key));
    }

    @PostMapping("/{key}/review/actions")
    @Operation(summary = "Add an action item with owner (a staff user name) and due date")
    ResponseEntity<ActionItemView> addAction(@PathVariable String key, @Valid @RequestBody NewActionItem item) {
        ActionItemView added = actions.add(key, item);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + key + "/review/actions/" + added.id())).body(added);
    }

    @PostMapping("/{key}/review/actions/{id}/state")
    @Operation(summary = "Set an action item's state (OPEN, DONE, CANCELLED); the version read refuses a concurrent change (409)")
    ActionItemView setState(@PathVariable String key, @PathVariable UUID id, @Valid @RequestBody StateRequest request) {
        return actions.setState(key, id, request.state(), request.version());
    }

    @GetMapping("/review-actions")
    @Operation(summary = "Open action items across the incidents the caller may read, earliest due first; "
            + "mine=true: owned by the caller, overdue=true: past their due date")
    Map<String, List<ActionItemView>> openActions(@RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return Map.of("items", actions.open(mine, overdue, LocaleContextHolder.getTimeZone().toZoneId()));
    }

    @GetMapping("/review-settings")
    @Operation(summary = "The priorities whose incidents need a completed review before closing as resolved or no action")
    SettingsResponse settings() {
        return new SettingsResponse(reviews.requiredPriorities());
    }

    @PutMapping("/review-settings")
    @Operation(summary = "Choose the priorities that need a completed review (team leads and administrators)")
    SettingsResponse changeSettings(@Valid @RequestBody SettingsRequest request) {
        Set<Priority> priorities = request.requiredPriorities().isEmpty() ? EnumSet.noneOf(Priority.class)
                : EnumSet.copyOf(request.requiredPriorities());
        return new SettingsResponse(reviews.changeRequiredPriorities(priorities));
    }

    record ReviewRequest(@Nullable @Size(max = 20_000) String summary, @Nullable @Size(max = 20_000) String rootCause,
            @Nullable @Size(max = 20_000) String whatWorked, @Nullable @Size(max = 20_000) String whatDidNot,
            @Nullable Long version) {
    }

    record VersionRequest(@Nullable Long version) {
    }

    record StateRequest(@NotNull ActionItemState state, long version) {
    }

    record SettingsRequest(@NotNull List<@NotNull Priority> requiredPriorities) {
    }

    record SettingsResponse(Set<Priority> requiredPriorities) {
    }
}
