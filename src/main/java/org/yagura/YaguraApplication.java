package org.yagura;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.yagura.shared.cli.Cli;

/** Starts the Yagura server, or runs one of its command-line sub-commands. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class YaguraApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(YaguraApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(YaguraApplication.class, args);
    }
}
