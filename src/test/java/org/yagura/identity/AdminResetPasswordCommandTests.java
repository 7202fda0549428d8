package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.shared.cli.Cli;
import org.yagura.shared.cli.CliCommand;

@SpringBootTest
@AutoConfigureMockMvc
class AdminResetPasswordCommandTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<CliCommand> commands;
    @Autowired
    AdminResetPasswordCommand command;

    @Test
    void setsAOneTimePasswordThatMustBeChanged() throws Exception {
        String name = IdentityFixtures.uniqueName("cli");
        IdentityFixtures.createUser(mvc, name, Role.ANALYST);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of(name), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.substring(printed.indexOf(": ") + 2, printed.indexOf('\n')).strip();
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void failsForAnUnknownUserOrMissingArgument() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(command.run(List.of("nobody-" + System.nanoTime()), System.out, errors)).isEqualTo(1);
        assertThat(command.run(List.of(), System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such user", "Usage");
    }

    @Test
    void everyCommandIsDescribedInTheHelp() {
        assertThat(commands).isNotEmpty();
        commands.forEach(c -> assertThat(Cli.help()).contains("java -jar yagura.jar " + c.name()));
    }
}
