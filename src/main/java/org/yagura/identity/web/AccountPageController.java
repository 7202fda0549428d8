package org.yagura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.identity.YaguraPrincipal;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.web.FormErrors;
import org.yagura.shared.web.UserPreferences;

/** The signed-in user's own account: profile, language and time zone. */
@Controller
class AccountPageController {

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();
    private final UserService users;
    private final MessageSource messages;

    AccountPageController(UserService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal YaguraPrincipal me, Model model) {
        return page(users.get(me.id()), FormErrors.none(messages), model);
    }

    @PostMapping("/account/preferences")
    String preferences(@AuthenticationPrincipal YaguraPrincipal me, @RequestParam String language,
            @RequestParam String timeZone, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return page(users.get(me.id()), FormErrors.none(messages)
                    .add("timeZone", new BadRequestException("user.time-zone.invalid", timeZone)), model);
        }
        try {
            UserSummary user = users.setPreferences(me.id(), language, zone);
            UserPreferences.store(request.getSession(), user.language(), zone);
        } catch (BadRequestException e) {
            return page(users.get(me.id()), FormErrors.none(messages).add("language", e), model);
        }
        redirect.addFlashAttribute("flash", "account.saved");
        return "redirect:/account";
    }

    /** The language switch in the header: stored for the user, effective at once. */
    @PostMapping("/account/language")
    String language(@AuthenticationPrincipal YaguraPrincipal me, @RequestParam String language,
            HttpServletRequest request) {
        UserSummary user = users.setPreferences(me.id(), language, null);
        UserPreferences.store(request.getSession(), user.language(), null);
        String back = request.getHeader("Referer");
        return "redirect:" + (back != null && back.startsWith(request.getScheme() + "://" + request.getHeader("Host") + "/")
                ? back : "/");
    }

    private String page(UserSummary user, FormErrors errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("zones", ZONES);
        model.addAttribute("errors", errors);
        return "identity/account";
    }
}
