package org.yagura.identity;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.cli.CliCommand;

/** {@code java -jar yagura.jar admin reset-password USER}: a one-time password, printed once. */
@Component
class AdminResetPasswordCommand implements CliCommand {

    private final UserService users;
    private final TransactionTemplate tx;

    AdminResetPasswordCommand(UserService users, TransactionTemplate tx) {
        this.users = users;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "admin reset-password";
    }

    @Override
    public String usage() {
        return "admin reset-password USER";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar yagura.jar " + usage());
            return 2;
        }
        try {
            String password = tx.execute(s -> users.resetPassword(arguments.get(0)));
            out.println("One-time password for " + arguments.get(0) + ": " + password);
            out.println("It must be changed at the next sign-in.");
            return 0;
        } catch (NotFoundException e) {
            err.println("No such user: " + arguments.get(0));
            return 1;
        }
    }
}
