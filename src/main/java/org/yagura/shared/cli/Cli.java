package org.yagura.shared.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Dispatches {@code java -jar yagura.jar <command>} to the module that provides the command. */
public final class Cli {

    /** First words that mean "run a command" rather than "start the server". */
    private static final Set<String> COMMAND_WORDS = Set.of("audit", "admin", "generate", "observables", "artifacts", "help", "--help", "-h");

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND_WORDS.contains(args[0]);
    }

    /** Runs the command named by {@code args} and returns the exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (Set.of("help", "--help", "-h").contains(args[0])) {
            printHelp(out);
            return 0;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "yagura.cli=true",
                        "logging.level.root=WARN", "spring.task.execution.shutdown.await-termination=true",
                        "spring.task.execution.shutdown.await-termination-period=30s")
                // as an argument, so that it overrides application.properties: a command must not resubmit
                // the running server's outstanding events, which would then be handled twice
                .run("--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
            List<CliCommand> commands = context.getBeansOfType(CliCommand.class).values().stream()
                    .sorted(Comparator.comparingInt((CliCommand c) -> -c.name().length())).toList();
            String line = String.join(" ", args);
            for (CliCommand command : commands) {
                if (line.equals(command.name()) || line.startsWith(command.name() + " ")) {
                    int words = command.name().split(" ").length;
                    return command.run(Arrays.asList(args).subList(words, args.length), out, err);
                }
            }
            err.println("Unknown command: " + line);
            printHelp(err);
            return 2;
        }
    }

    /** The usage text; CLI tests check that every command bean is described in it. */
    public static String help() {
        return """
                Yagura — CSIRT operations platform

                Usage:
                  java -jar yagura.jar                         start the server (http://localhost:8080)
                  java -jar yagura.jar audit verify            verify the audit trail's hash chain; exit 1 when broken
                  java -jar yagura.jar admin reset-password USER
                                                               set a one-time password for USER (printed once;
                                                               it must be changed at the next login)
                  java -jar yagura.jar analyze FILE...          hashes (MD5, SHA-1, SHA-256, SHA-512, ssdeep, TLSH),
                                                               entropy and type of each file, one JSON object per
                                                               line; needs no database
                  java -jar yagura.jar observables generate N [MATCH_FILE]
                                                               benchmark data: N synthetic observables stored through
                                                               the service and by plain JDBC (both timed), and a match
                                                               request of 100,000 values (10 % stored) in MATCH_FILE
                  java -jar yagura.jar generate incidents N    benchmark data: N incidents with journals and tasks
                                                               (10,000 per year back from this one), then the
                                                               full-text index (see bench/incidents.sh)
                  java -jar yagura.jar artifacts similarity-bench N [QUERIES] [BRUTE]
                                                               benchmark: N synthetic TLSH digests into the similarity
                                                               index, then QUERIES (200) index queries and BRUTE (20)
                                                               full scans, and the index's recall (see bench/similarity.sh)
                  java -jar yagura.jar --help                  this text

                Configuration comes from environment variables (YAGURA_DATA_DIR, YAGURA_DB_URL, ...);
                see the README for the full list.
                """;
    }

    private static void printHelp(PrintStream out) {
        out.print(help());
    }
}
