package org.yagura.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yagura.shared.api.ApiPaths;
import org.yagura.shared.api.ProblemJson;

/**
 * A user signed in with a one-time password may do nothing but set a password of their own.
 * API tokens are exempt: they are what automation uses while the password is still pending.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of("/account/password", "/account/language", "/logout",
            "/login", "/error", "/css/", "/js/", "/webjars/", "/favicon.ico", "/api/v1/me");
    private final MessageSource messages;

    PasswordChangeRequiredFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof YaguraPrincipal p && p.mustChangePassword()
                && !(auth instanceof ApiTokenAuthenticationFilter.TokenAuthentication)
                && ALLOWED.stream().noneMatch(path::startsWith)) {
            if (ApiPaths.isApi(request)) {
                ProblemJson.write(response, 403, messages.getMessage("error.403.title", null, request.getLocale()),
                        messages.getMessage("password.change-required", null, request.getLocale()), path);
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
