package org.yagura.shared.api;

import org.springframework.http.HttpStatus;

/** 404: the record does not exist or the user may not know it does. */
public class NotFoundException extends YaguraException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(HttpStatus.NOT_FOUND, messageKey, arguments);
    }
}
