package org.yagura.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: user name and password, and the OIDC button when a provider is configured. */
@Controller
class LoginPageController {

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginPageController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout, Model model) {
        String message = error != null ? "login.failed" : locked != null ? "login.locked" : null;
        model.addAttribute("error", message);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("oidc", oidc.getIfAvailable() != null);
        return "identity/login";
    }
}
