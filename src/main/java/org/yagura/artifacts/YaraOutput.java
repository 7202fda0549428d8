package org.yagura.artifacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses what {@code yara -e -g -s -L NS:RULES… FILE} prints for one file:
 * <pre>
 * ns:RuleName [tag1,tag2] /path/of/file
 * 0x1a:5:$a: hello
 * </pre>
 * A rule line must end with the scanned path, which Yagura chose itself, so a rule or tag name can
 * never be confused with a file name; lines of any other shape (warnings, errors, a truncated last
 * line) are skipped. At most {@value #MAX_STRINGS} strings are kept per rule, all are counted.
 */
final class YaraOutput {

    static final int MAX_STRINGS = 100;
    static final int MAX_DATA = 200;
    private static final Pattern RULE = Pattern.compile("([A-Za-z0-9_]+):([A-Za-z_][A-Za-z0-9_]*) \\[([A-Za-z0-9_,]*)\\]");
    private static final Pattern STRING = Pattern.compile("0x([0-9a-fA-F]{1,16}):(?:(\\d{1,10}):)?(\\$[A-Za-z0-9_]*):(?: (.*))?");

    private YaraOutput() {
    }

    static List<YaraHit> parse(String output, String scannedPath) {
        List<YaraHit> hits = new ArrayList<>();
        String suffix = " " + scannedPath;
        Builder current = null;
        for (String line : output.split("\r?\n")) {
            if (line.endsWith(suffix)) {
                Matcher rule = RULE.matcher(line.substring(0, line.length() - suffix.length()));
                if (rule.matches()) {
                    if (current != null) {
                        hits.add(current.build());
                    }
                    current = new Builder(rule.group(1), rule.group(2), tags(rule.group(3)));
                    continue;
                }
            }
            Matcher string = STRING.matcher(line);
            if (current != null && string.matches()) {
                current.add(string);
            }
        }
        if (current != null) {
            hits.add(current.build());
        }
        return hits;
    }

    private static List<String> tags(String list) {
        return list.isEmpty() ? List.of() : Arrays.stream(list.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    private static final class Builder {
        private final String namespace;
        private final String rule;
        private final List<String> tags;
        private final List<YaraMatchString> strings = new ArrayList<>();
        private int count;

        Builder(String namespace, String rule, List<String> tags) {
            this.namespace = namespace;
            this.rule = rule;
            this.tags = tags;
        }

        void add(Matcher m) {
            count++;
            if (strings.size() >= MAX_STRINGS) {
                return;
            }
            long offset;
            try {
                offset = Long.parseUnsignedLong(m.group(1), 16);
            } catch (NumberFormatException e) {
                return;
            }
            String data = m.group(4) == null ? "" : m.group(4);
            if (data.length() > MAX_DATA) {
                data = data.substring(0, MAX_DATA) + "…";
            }
            int length = m.group(2) == null ? -1 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(m.group(2)));
            strings.add(new YaraMatchString(offset, m.group(3), length, data));
        }

        YaraHit build() {
            return new YaraHit(namespace, rule, tags, List.copyOf(strings), count);
        }
    }
}
