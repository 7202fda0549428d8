package org.yagura.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.yagura.shared.web.UserPreferences;

/**
 * What happens after a sign-in attempt: failures counted and answered with one message whatever
 * the cause; success restores the user's language and zone and sends a user with a one-time
 * password to change it first.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    private final SignInRecorder recorder;
    private final UserRepository users;
    private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInHandlers(SignInRecorder recorder, UserRepository users) {
        this.recorder = recorder;
        this.users = users;
        saved.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        YaguraPrincipal principal = (YaguraPrincipal) auth.getPrincipal();
        recorder.succeeded(principal, request.getRequestURI().startsWith("/login/oauth2") ? "oidc" : "password");
        users.findById(principal.id()).ifPresent(u -> UserPreferences.store(request.getSession(), u.language(), u.zone()));
        if (principal.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        saved.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        boolean locked = exception instanceof ThrottledAuthenticationProvider.SignInLockedException;
        if (username != null && !username.isBlank()) {
            locked |= recorder.failed(username, request.getRemoteAddr(),
                    locked ? "refused while locked" : "wrong user name or password");
        }
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth != null) {
            recorder.signedOut(auth.getName());
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
