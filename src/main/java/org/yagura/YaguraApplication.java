package org.yagura;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import java.util.List;
import org.yagura.analysis.AnalyzeCommand;
import org.yagura.shared.cli.Cli;

/** Starts the Yagura server, or runs one of its command-line sub-commands. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class YaguraApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyze")) {
            // plain Java, no server and no database: analysing files must be quick and work anywhere
            System.exit(new AnalyzeCommand().run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(YaguraApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(YaguraApplication.class, args);
    }
}
