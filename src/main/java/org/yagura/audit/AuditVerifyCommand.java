package org.yagura.audit;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yagura.shared.cli.CliCommand;

/** {@code java -jar yagura.jar audit verify}: checks the hash chain; exit code 1 when it is broken. */
@Component
class AuditVerifyCommand implements CliCommand {

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditVerifyCommand(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String usage() {
        return message("audit.cli.usage");
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            err.println(usage());
            return 2;
        }
        AuditVerification result = trail.verify();
        if (result.intact()) {
            out.println(message("audit.cli.intact", result.entries()));
            return 0;
        }
        out.println(message("audit.cli.broken", result.firstBrokenEntry(), result.entries()));
        return 1;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.getDefault());
    }
}
