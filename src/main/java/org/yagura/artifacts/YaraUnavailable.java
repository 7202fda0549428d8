package org.yagura.artifacts;

import org.springframework.http.HttpStatus;
import org.yagura.shared.api.YaguraException;

/** 503: the {@code yara} command is not installed on this node, so rules cannot be compiled nor files scanned. */
public class YaraUnavailable extends YaguraException {

    YaraUnavailable() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "yara.unavailable");
    }

    static YaraUnavailable create() {
        return new YaraUnavailable();
    }
}
