package org.yagura.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.yagura.shared.api.ApiPaths;
import org.yagura.shared.api.ProblemJson;

/**
 * The error pages (403, 404, 500 and the rest) in the user's language; for API paths the same
 * failure as problem+json, never an HTML page.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String key = switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413 -> "error." + status.value();
            default -> status.is4xxClientError() ? "error.400" : "error.500";
        };
        var locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(key + ".detail", null, "", locale);
        if (uri != null && uri.startsWith(request.getContextPath() + ApiPaths.PREFIX)) {
            ProblemJson.write(response, status.value(), title, detail, uri);
            return null;
        }
        ModelAndView page = new ModelAndView("error/page", Map.of(
                "status", status.value(), "title", title, "detail", detail));
        page.setStatus(status);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
