package org.yagura.identity.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.identity.ApiTokenService;
import org.yagura.identity.CreatedUser;
import org.yagura.identity.NewUser;
import org.yagura.identity.PasswordRejectedException;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.identity.UserUpdate;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.YaguraException;
import org.yagura.shared.web.FormErrors;

/** User administration: list and search, create, edit, enable/disable, reset password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserPageController {

    private final UserService users;
    private final ApiTokenService tokens;
    private final MessageSource messages;

    UserPageController(UserService users, ApiTokenService tokens, MessageSource messages) {
        this.users = users;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", users.list(q, CursorRequest.of(50, cursor)));
        model.addAttribute("q", q == null ? "" : q);
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(new UserForm(), FormErrors.none(messages), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, FormErrors.of(binding, messages), null, model);
        }
        try {
            CreatedUser created = users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
                    form.getRole(), form.getPassword(), form.getConstituency()));
            redirect.addFlashAttribute("flash", "user.created");
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            return "redirect:/admin/users/" + created.user().id();
        } catch (PasswordRejectedException e) {
            return form(form, FormErrors.none(messages).add("password", e), null, model);
        } catch (ConflictException e) {
            return form(form, FormErrors.none(messages).add("username", e), null, model);
        } catch (YaguraException e) {
            return form(form, FormErrors.none(messages).add(null, e), null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserSummary user = users.get(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setEmail(user.email() == null ? "" : user.email());
        form.setRole(user.role());
        form.setConstituency(user.constituency() == null ? "" : user.constituency());
        form.setVersion(user.version());
        return form(form, FormErrors.none(messages), user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            users.update(id, new UserUpdate(form.getDisplayName(), form.getEmail(), form.getRole(),
                    form.getConstituency(), form.getVersion()));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            return form(form, FormErrors.none(messages).add(null, new ConflictException("error.concurrent-edit")), users.get(id), model);
        } catch (YaguraException e) {
            return form(form, FormErrors.none(messages).add(null, e), users.get(id), model);
        }
        redirect.addFlashAttribute("flash", "user.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            users.setEnabled(id, enabled, null);
            redirect.addFlashAttribute("flash", enabled ? "user.enabled" : "user.disabled");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "user.password-reset");
        redirect.addFlashAttribute("oneTimePassword", users.resetPassword(id));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(tokenId);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/admin/users/" + id;
    }

    private String form(UserForm form, FormErrors errors, UserSummary user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("tokens", user == null ? java.util.List.of() : tokens.list(user.id()));
        return "identity/user";
    }
}
