package org.yagura.artifacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps what {@code yara} writes to standard error while compiling a rule file into problems with line
 * numbers. YARA 4 writes {@code error: rule "R" in FILE(7): msg} and {@code FILE(2): error: msg};
 * older versions {@code error: line 7: msg}. The file is the temporary one Yagura wrote, so its path
 * is cut out of every message; a line of another shape is kept whole, without a line number.
 */
final class YaraDiagnostics {

    private static final int MAX_PROBLEMS = 100;
    private static final Pattern LINE_ONLY = Pattern.compile("(error|warning): line (\\d+): (.*)");

    private YaraDiagnostics() {
    }

    static List<YaraProblem> parse(String stderr, String rulesPath) {
        String file = Pattern.quote(rulesPath);
        Pattern inRule = Pattern.compile("(error|warning): rule \"([^\"]*)\" in " + file + "\\((\\d+)\\): (.*)");
        Pattern atLine = Pattern.compile(file + "\\((\\d+)\\): (error|warning): (.*)");
        List<YaraProblem> problems = new ArrayList<>();
        for (String raw : stderr.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || problems.size() >= MAX_PROBLEMS) {
                continue;
            }
            Matcher m;
            if ((m = inRule.matcher(line)).matches()) {
                problems.add(new YaraProblem(severity(m.group(1)), number(m.group(3)), m.group(2), clean(m.group(4), rulesPath), null));
            } else if ((m = atLine.matcher(line)).matches()) {
                problems.add(new YaraProblem(severity(m.group(2)), number(m.group(1)), null, clean(m.group(3), rulesPath), null));
            } else if ((m = LINE_ONLY.matcher(line)).matches()) {
                problems.add(new YaraProblem(severity(m.group(1)), number(m.group(2)), null, clean(m.group(3), rulesPath), null));
            } else {
                boolean warning = line.toLowerCase(Locale.ROOT).startsWith("warning");
                problems.add(new YaraProblem(warning ? YaraProblem.Severity.WARNING : YaraProblem.Severity.ERROR, 0, null,
                        clean(line.replaceFirst("^(?i)(error|warning):\\s*", ""), rulesPath), null));
            }
        }
        return problems;
    }

    private static YaraProblem.Severity severity(String word) {
        return word.equals("warning") ? YaraProblem.Severity.WARNING : YaraProblem.Severity.ERROR;
    }

    private static int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String clean(String message, String rulesPath) {
        String s = message.replace(rulesPath, "rules.yar");
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
