package org.yagura.artifacts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides whether rules may be stored: not empty, at most 1 MiB, no {@code include} directive (it would
 * let a rule read any file the server can), and compiled by {@code yara} without an error.
 */
@Component
class YaraRuleCheck {

    private static final Pattern INCLUDE = Pattern.compile("^\\s*include\\s*\"");
    private static final Pattern RULE = Pattern.compile(
            "(?m)^\\s*(?:(?:private|global)\\s+)*rule\\s+([A-Za-z_][A-Za-z0-9_]{0,127})\\b");

    private final YaraCommand yara;

    YaraRuleCheck(YaraCommand yara) {
        this.yara = yara;
    }

    boolean available() {
        return yara.available();
    }

    YaraValidation check(String source) {
        List<YaraProblem> problems = new ArrayList<>();
        if (source.isBlank()) {
            problems.add(new YaraProblem(YaraProblem.Severity.ERROR, 0, null, "no rules", null));
        } else if (source.getBytes(StandardCharsets.UTF_8).length > YaraRuleArchive.MAX_SOURCE_BYTES) {
            problems.add(new YaraProblem(YaraProblem.Severity.ERROR, 0, null,
                    "larger than " + YaraRuleArchive.MAX_SOURCE_BYTES + " bytes", null));
        } else if (source.indexOf('\0') >= 0) {
            problems.add(new YaraProblem(YaraProblem.Severity.ERROR, 0, null, "contains a NUL character", null));
        }
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (INCLUDE.matcher(lines[i]).find()) {
                problems.add(new YaraProblem(YaraProblem.Severity.ERROR, i + 1, null, "include directives are not allowed", null));
            }
        }
        if (problems.isEmpty()) {
            if (!yara.available()) {
                throw YaraUnavailable.create();
            }
            problems.addAll(yara.compile(source));
        }
        boolean valid = problems.stream().noneMatch(YaraProblem::error);
        return new YaraValidation(valid, valid ? ruleNames(source) : List.of(), List.copyOf(problems));
    }

    /** The names of the rules a source defines, in order (a plain scan; the compiler has accepted the source). */
    static List<String> ruleNames(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher m = RULE.matcher(code);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }
}
