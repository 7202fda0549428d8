package org.yagura.observables.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
import org.yagura.observables.CorrelationService;
import org.yagura.observables.ExtractionService;
import org.yagura.observables.Graph;
import org.yagura.observables.ItemResult;
import org.yagura.observables.LinkEdit;
import org.yagura.observables.LinkRole;
import org.yagura.observables.LinkService;
import org.yagura.observables.ObservableService;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;

/**
 * The observables of one record (a report, an incident): its page, and the htmx fragments the record's own
 * page includes with {@code hx-get}: correlation ("seen in 3 other reports") and the extraction staging area.
 */
@Controller
@RequestMapping("/observables/records/{kind}/{key}")
class RecordObservablesPageController {

    private final ObservableService observables;
    private final CorrelationService correlation;
    private final ExtractionService extraction;
    private final LinkService linkEditing;
    private final MessageSource messages;

    RecordObservablesPageController(ObservableService observables, CorrelationService correlation, ExtractionService extraction,
            LinkService linkEditing, MessageSource messages) {
        this.linkEditing = linkEditing;
        this.messages = messages;
        this.observables = observables;
        this.correlation = correlation;
        this.extraction = extraction;
    }

    @GetMapping
    String page(@PathVariable String kind, @PathVariable String key, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("links", observables.links(kind, key));
        model.addAttribute("canWrite", linkEditing.writable(kind, key));
        return "observables/record";
    }

    @GetMapping("/links")
    String links(@PathVariable String kind, @PathVariable String key, Model model) {
        return links(kind, key, null, model);
    }

    @PostMapping("/links/{link}")
    String editLink(@PathVariable String kind, @PathVariable String key, @PathVariable UUID link, @RequestParam LinkRole role,
            @RequestParam(defaultValue = "") String tlp, @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String firstSeen,
            @RequestParam(defaultValue = "") String lastSeen, Model model, HttpServletResponse response) {
        try {
            ZoneId zone = LocaleContextHolder.getTimeZone().toZoneId();
            linkEditing.edit(kind, key, link, new LinkEdit(role, instant(firstSeen, zone), instant(lastSeen, zone),
                    Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                    tlp(tlp), comment));
        } catch (BadRequestException e) {
            return links(kind, key, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()), model);
        }
        response.setHeader("HX-Trigger", "observables-changed");
        return links(kind, key, null, model);
    }

    @PostMapping("/links/{link}/remove")
    String unlink(@PathVariable String kind, @PathVariable String key, @PathVariable UUID link, Model model,
            HttpServletResponse response) {
        linkEditing.unlink(kind, key, link);
        response.setHeader("HX-Trigger", "observables-changed");
        return links(kind, key, null, model);
    }

    @GetMapping("/correlation")
    String correlation(@PathVariable String kind, @PathVariable String key, Model model) {
        model.addAttribute("correlation", correlation.correlate(kind, key));
        return "observables/correlation";
    }

    @PostMapping("/correlation/{observable}")
    String overrideCorrelation(@PathVariable String kind, @PathVariable String key, @PathVariable UUID observable,
            @RequestParam boolean correlate, Model model) {
        observables.overrideCorrelation(observable, correlate);
        return correlation(kind, key, model);
    }

    @GetMapping("/graph")
    String graph(@PathVariable String kind, @PathVariable String key, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        Graph graph = correlation.graph(kind, key);
        model.addAttribute("graph", graph);
        model.addAttribute("picture", GraphPicture.of(graph));
        return "observables/graph";
    }

    @GetMapping("/staging")
    String staging(@PathVariable String kind, @PathVariable String key, Model model) {
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/extract")
    String extract(@PathVariable String kind, @PathVariable String key, Model model) {
        extraction.extract(kind, key);
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/{candidate}/confirm")
    String confirm(@PathVariable String kind, @PathVariable String key, @PathVariable UUID candidate,
            @RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String value,
            Model model, HttpServletResponse response) {
        ItemResult result = extraction.confirm(kind, key, candidate, type, value);
        if (result.error() == null) {
            response.setHeader("HX-Trigger", "observables-changed");
        }
        return staging(kind, key, result.error(), model);
    }

    @PostMapping("/staging/{candidate}/drop")
    String drop(@PathVariable String kind, @PathVariable String key, @PathVariable UUID candidate, Model model) {
        extraction.drop(kind, key, candidate);
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/confirm-all")
    String confirmAll(@PathVariable String kind, @PathVariable String key, Model model, HttpServletResponse response) {
        extraction.confirmAll(kind, key);
        response.setHeader("HX-Trigger", "observables-changed");
        return staging(kind, key, null, model);
    }

    @PostMapping("/staging/drop-all")
    String dropAll(@PathVariable String kind, @PathVariable String key, Model model) {
        extraction.drop(kind, key, null);
        return staging(kind, key, null, model);
    }

    private String links(String kind, String key, @Nullable String error, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("links", observables.links(kind, key));
        model.addAttribute("canWrite", linkEditing.writable(kind, key));
        model.addAttribute("error", error);
        return "observables/links";
    }

    private static @Nullable Tlp tlp(String text) {
        try {
            return text.isBlank() ? null : Tlp.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("observable.link.tlp.invalid", text);
        }
    }

    private static @Nullable Instant instant(String text, ZoneId zone) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("observable.link.seen.invalid", text);
        }
    }

    private String staging(String kind, String key, @Nullable String error, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("candidates", extraction.candidates(kind, key));
        model.addAttribute("error", error);
        return "observables/staging";
    }
}
