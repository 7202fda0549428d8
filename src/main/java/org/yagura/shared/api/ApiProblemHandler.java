package org.yagura.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a request under {@code /api/} into an RFC 9457 problem in the caller's
 * language. Failures of page requests are passed on untouched, to the bilingual error pages.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConcurrentEdit(OptimisticLockingFailureException ex, NativeWebRequest request) throws Exception {
        passOnUnlessApi(ex, request);
        return problem(HttpStatus.CONFLICT, message("error.concurrent-edit"), request);
    }

    /** A unique key hit by two concurrent requests: the loser may retry and will then see the winner's record. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrityViolation(org.springframework.dao.DataIntegrityViolationException ex,
            NativeWebRequest request) throws Exception {
        passOnUnlessApi(ex, request);
        log.info("Integrity violation on {}: {}", describe(request), ex.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, message("error.integrity"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, NativeWebRequest request) throws Exception {
        passOnUnlessApi(ex, request);
        return problem(HttpStatus.FORBIDDEN, message("error.403.detail"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, NativeWebRequest request) throws Exception {
        passOnUnlessApi(ex, request);
        log.error("Unexpected failure of {}", describe(request), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("error.500.detail"), request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, message("error.validation"));
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(e -> Map.of(
                        "field", e instanceof FieldError fe ? fe.getField() : e.getObjectName(),
                        "reason", messages.getMessage(e, locale)))
                .toList();
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("error.validation"));
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> Map.of(
                        "field", r.getMethodParameter().getParameterName() == null ? "" : r.getMethodParameter().getParameterName(),
                        "reason", messages.getMessage(e, locale))))
                .toList();
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message("error.404.detail"));
        body.setTitle(message("error.404.title"));
        return handleExceptionInternal(ex, body, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByOversizedBody(ex)) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message("error.413.detail"));
            return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, message("error.malformed-body"));
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        passOnUnlessApiUnchecked(ex, request);
        if (body instanceof ProblemDetail problem) {
            String title = messages.getMessage("error." + status.value() + ".title", null, null, LocaleContextHolder.getLocale());
            if (title != null) {
                problem.setTitle(title);
            }
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        return response == null ? problem(HttpStatus.valueOf(status.value()), message("error.500.detail"), request) : response;
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        return super.handleExceptionInternal(new IllegalStateException(detail), body, new HttpHeaders(), status, request);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static boolean causedByOversizedBody(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Rethrowing the same exception lets Spring's other resolvers, and so the error pages, handle it. */
    private static void passOnUnlessApi(Exception ex, WebRequest request) throws Exception {
        if (!isApi(request)) {
            throw ex;
        }
    }

    private static void passOnUnlessApiUnchecked(Exception ex, WebRequest request) {
        if (!isApi(request)) {
            ApiProblemHandler.<RuntimeException>sneakyThrow(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    private static boolean isApi(WebRequest request) {
        if (request instanceof NativeWebRequest nwr) {
            HttpServletRequest r = nwr.getNativeRequest(HttpServletRequest.class);
            return r != null && ApiPaths.isApi(r);
        }
        return false;
    }

    private static String describe(WebRequest request) {
        return request.getDescription(false);
    }
}
