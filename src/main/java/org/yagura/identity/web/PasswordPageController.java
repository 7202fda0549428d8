package org.yagura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.identity.PasswordRejectedException;
import org.yagura.identity.UserService;
import org.yagura.identity.YaguraPrincipal;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.web.FormErrors;

/** Changing one's own password; the only page a user with a one-time password may use. */
@Controller
class PasswordPageController {

    private final UserService users;
    private final MessageSource messages;

    PasswordPageController(UserService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal YaguraPrincipal me, Model model) {
        return page(me, FormErrors.none(messages), model);
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal YaguraPrincipal me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            return page(me, FormErrors.none(messages).add("confirmPassword",
                    new BadRequestException("password.mismatch")), model);
        }
        try {
            users.changePassword(me.id(), currentPassword, newPassword);
        } catch (PasswordRejectedException e) {
            return page(me, FormErrors.none(messages).add("newPassword", e), model);
        } catch (BadRequestException e) {
            return page(me, FormErrors.none(messages).add("currentPassword", e), model);
        }
        SecurityContext context = SecurityContextHolder.getContext();
        YaguraPrincipal updated = me.withPasswordChanged();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }

    private String page(YaguraPrincipal me, FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("required", me.mustChangePassword());
        return "identity/password";
    }
}
