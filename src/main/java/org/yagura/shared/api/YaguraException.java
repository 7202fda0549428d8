package org.yagura.shared.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the client can act on. Its detail is a message key resolved in the user's language, so
 * the API answers with a localised RFC 9457 problem and pages show the same sentence.
 */
public class YaguraException extends ErrorResponseException {

    private final String messageKey;
    private final Object[] arguments;

    public YaguraException(HttpStatus status, String messageKey, Object... arguments) {
        super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return messageKey;
    }
}
