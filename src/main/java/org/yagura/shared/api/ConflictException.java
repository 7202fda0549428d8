package org.yagura.shared.api;

import org.springframework.http.HttpStatus;

/** 409: the request conflicts with the record's current state. */
public class ConflictException extends YaguraException {
    public ConflictException(String messageKey, Object... arguments) {
        super(HttpStatus.CONFLICT, messageKey, arguments);
    }
}
