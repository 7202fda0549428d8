package org.yagura.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yagura.YaguraApplication;
import org.yagura.shared.cli.Cli;

/** {@code java -jar yagura.jar audit verify}, as the operator runs it: a context of its own, no web server. */
class AuditCommandLineTests {

    @Test
    void verifiesTheChainFromTheCommandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = {"audit", "verify"};

        int exit = Cli.run(YaguraApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(1);
    }
}
