package org.yagura.artifacts;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class where Debian's {@code yara} is missing, except under CI ({@code CI=true}), where that is a failure. */
final class RequiresYara implements BeforeAllCallback {

    static final Path YARA = Path.of("/usr/bin/yara");

    @Override
    public void beforeAll(ExtensionContext context) {
        check();
    }

    static void check() {
        if (Files.isExecutable(YARA)) {
            return;
        }
        String message = "YARA tests need " + YARA + " (Debian: apt-get install yara)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI=true, so this is a failure, not a skip");
        }
        System.getLogger(RequiresYara.class.getName()).log(System.Logger.Level.WARNING, message + "; SKIPPED on this machine");
        Assumptions.abort(message + "; skipped on this machine");
    }
}
