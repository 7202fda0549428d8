package org.yagura.shared.test;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class when Debian's {@code chromium} and {@code chromium-driver} are not
 * installed on a developer's machine, but fails it when {@code CI=true}: in CI browser tests must run.
 * Put it on the class with {@code @ExtendWith}, so it is checked before {@link RunningYagura} starts a server.
 */
public class RequiresChrome implements BeforeAllCallback {

    /** Debian's paths; {@code -Dyagura.test.chromium=…} and {@code -Dyagura.test.chromedriver=…} override them. */
    static final Path CHROMIUM = Path.of(System.getProperty("yagura.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("yagura.test.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public void beforeAll(ExtensionContext context) {
        check();
    }

    /** Aborts (developer machine) or fails (CI) unless both binaries are present. */
    public static void check() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI=true, so this is a failure, not a skip");
        }
        // Surefire and Failsafe count a class aborted before its tests as nothing at all: say it out loud
        System.getLogger(RequiresChrome.class.getName()).log(System.Logger.Level.WARNING,
                message + "; browser tests SKIPPED on this machine");
        Assumptions.abort(message + "; skipped on this machine");
    }
}
