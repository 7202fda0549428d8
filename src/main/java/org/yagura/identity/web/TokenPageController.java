package org.yagura.identity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.CreatedApiToken;
import org.yagura.identity.YaguraPrincipal;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.web.FormErrors;

/** The signed-in user's API tokens: create (secret shown once), list, revoke. */
@Controller
class TokenPageController {

    private final ApiTokenService tokens;
    private final MessageSource messages;

    TokenPageController(ApiTokenService tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal YaguraPrincipal me, Model model) {
        return page(me, null, FormErrors.none(messages), model);
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal YaguraPrincipal me, @RequestParam String name,
            @RequestParam(required = false) String expires, Model model) {
        try {
            var expiresAt = expires == null || expires.isBlank() ? null
                    : LocalDate.parse(expires).plusDays(1).atStartOfDay(zone()).toInstant();
            return page(me, tokens.create(me.id(), name, expiresAt), FormErrors.none(messages), model);
        } catch (DateTimeParseException e) {
            return page(me, null, FormErrors.none(messages).add("expires", new BadRequestException("token.expiry.invalid")), model);
        } catch (BadRequestException e) {
            return page(me, null, FormErrors.none(messages).add(e.messageKey().startsWith("token.expiry") ? "expires" : "name", e), model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account/tokens";
    }

    private String page(YaguraPrincipal me, @Nullable CreatedApiToken created, FormErrors errors, Model model) {
        model.addAttribute("tokens", tokens.list(me.id()));
        model.addAttribute("created", created);
        model.addAttribute("errors", errors);
        return "identity/tokens";
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
