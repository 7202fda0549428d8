package org.yagura.artifacts;

import java.util.List;

/** The result of compiling rules without saving them: the rules they define, and the compiler's errors and warnings. */
public record YaraValidation(boolean valid, List<String> ruleNames, List<YaraProblem> problems) {
}
