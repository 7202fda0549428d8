package org.yagura.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yagura.shared.api.ProblemJson;

/**
 * Authenticates {@code Authorization: Bearer <token>}. An unknown, expired or revoked token is
 * answered 401 problem+json at once, never treated as anonymous.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final MessageSource messages;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<YaguraPrincipal> principal = tokens.authenticate(header.substring(7).strip());
        if (principal.isEmpty()) {
            ProblemJson.write(response, 401,
                    messages.getMessage("error.401.title", null, request.getLocale()),
                    messages.getMessage("token.invalid", null, request.getLocale()), request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An authentication made by an API token rather than a session. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final YaguraPrincipal principal;

        TokenAuthentication(YaguraPrincipal principal) {
            super(principal.getAuthorities());
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public YaguraPrincipal getPrincipal() {
            return principal;
        }
    }
}
