package org.yagura.artifacts;

import org.jspecify.annotations.Nullable;

/**
 * An error or warning of the YARA compiler about a rule set: the line (1-based; 0 when the compiler
 * named none), the rule it is in if named, and the message. {@code file} names the member of an
 * imported archive, null for a single rule set.
 */
public record YaraProblem(Severity severity, int line, @Nullable String rule, String message, @Nullable String file) {

    public enum Severity { ERROR, WARNING }

    public boolean error() {
        return severity == Severity.ERROR;
    }

    YaraProblem inFile(String name) {
        return new YaraProblem(severity, line, rule, message, name);
    }
}
