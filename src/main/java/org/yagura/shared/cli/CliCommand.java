package org.yagura.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of {@code java -jar yagura.jar}, contributed by a module as a bean. It runs in a
 * context without the web server and returns the process exit code.
 */
public interface CliCommand {

    /** The words that select it, e.g. {@code audit verify}. */
    String name();

    /** One line for {@code --help}: arguments and what it does. */
    String usage();

    int run(List<String> arguments, PrintStream out, PrintStream err);
}
