package org.yagura.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.yagura.shared.api.ProblemJson;

/** 401 and 403 from the API's security filters, as problem+json in the caller's language. */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;

    ApiProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, 401);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof org.springframework.security.web.csrf.CsrfException) {
            var locale = request.getLocale();
            ProblemJson.write(response, 403, messages.getMessage("error.403.title", null, locale),
                    messages.getMessage("error.csrf", null, locale), request.getRequestURI());
            return;
        }
        write(request, response, 403);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        var locale = request.getLocale();
        ProblemJson.write(response, status, messages.getMessage("error." + status + ".title", null, locale),
                messages.getMessage("error." + status + ".detail", null, locale), request.getRequestURI());
    }
}
