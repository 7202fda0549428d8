package org.yagura.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.yagura.audit.AuditEntryView;
import org.yagura.audit.AuditTrail;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/**
 * The administrators' audit page: filters, a dense table newest first, and the chain's verification.
 * With the {@code HX-Request} header the same handler answers with the fragment that changed.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditPageController {

    private static final int PAGE_SIZE = 50;
    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    public String list(AuditSearchForm form, @RequestParam(defaultValue = "false") boolean verify,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            HttpServletResponse response, Model model) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // htmx restoring a page from history wants the whole page, not a fragment
        boolean fragment = htmx != null && historyRestore == null;
        if (verify) {
            model.addAttribute("verification", trail.verify());
            if (fragment) {
                return "audit/verification";
            }
        }
        CursorPage<AuditEntryView> entries = trail.search(form.toFilter(LocaleContextHolder.getTimeZone().toZoneId()),
                CursorRequest.of(PAGE_SIZE, form.cursor()));
        model.addAttribute("form", form);
        model.addAttribute("entries", entries);
        model.addAttribute("nextUrl", entries.next() == null ? null : nextUrl(form, entries.next()));
        return fragment ? "audit/table" : "audit/list";
    }

    private static String nextUrl(AuditSearchForm form, String cursor) {
        return UriComponentsBuilder.fromPath("/admin/audit")
                .queryParamIfPresent("actor", present(form.actor()))
                .queryParamIfPresent("action", present(form.action()))
                .queryParamIfPresent("subjectType", present(form.subjectType()))
                .queryParamIfPresent("subjectId", present(form.subjectId()))
                .queryParamIfPresent("from", present(form.from()))
                .queryParamIfPresent("to", present(form.to()))
                .queryParam("cursor", cursor)
                .encode().build().toUriString();
    }

    private static Optional<String> present(@Nullable String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
