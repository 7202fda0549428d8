package org.yagura.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.yagura.shared.cli.Cli;

@SpringBootTest
@AutoConfigureMockMvc
class AuditVerifyCommandTests {

    private final AuditVerifyCommand command;
    private final AuditTrail trail;

    @Autowired
    AuditVerifyCommandTests(AuditVerifyCommand command, AuditTrail trail) {
        this.command = command;
        this.trail = trail;
    }

    @Test
    void exitsWithZeroAndOneLineWhenTheChainIsIntact() {
        trail.append(AuditFixtures.change("cli", "sample.checked", "S-CLI"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(1)
                .containsPattern("\\b" + trail.verify().entries() + "\\b");
    }

    @Test
    void rejectsExtraArgumentsWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(List.of("--fast"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit verify");
    }

    @Test
    void isDescribedInTheCommandLineHelp() {
        assertThat(command.name()).isEqualTo("audit verify");
        assertThat(Cli.help()).contains(command.name());
    }
}
