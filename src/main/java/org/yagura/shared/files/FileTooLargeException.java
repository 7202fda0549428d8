package org.yagura.shared.files;

import org.springframework.http.HttpStatus;
import org.yagura.shared.api.YaguraException;

/** 413: a file is larger than the store accepts. */
public class FileTooLargeException extends YaguraException {

    public FileTooLargeException(long maxBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "error.file-too-large", maxBytes);
    }
}
