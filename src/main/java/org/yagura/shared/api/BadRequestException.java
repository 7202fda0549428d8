package org.yagura.shared.api;

import org.springframework.http.HttpStatus;

/** 400: the request is malformed or breaks a rule. */
public class BadRequestException extends YaguraException {
    public BadRequestException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
