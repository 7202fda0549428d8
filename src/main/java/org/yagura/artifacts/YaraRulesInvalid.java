package org.yagura.artifacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yagura.shared.api.BadRequestException;

/**
 * 400: rules that do not compile. The problem names the first error ({@code line 7: undefined string
 * "$b"}) and lists all in {@code errors}: {@code line}, {@code rule}, {@code message} and, for an
 * imported archive, {@code file}.
 */
public class YaraRulesInvalid extends BadRequestException {

    private final transient List<YaraProblem> problems;

    public YaraRulesInvalid(List<YaraProblem> problems) {
        super("yara.rules.invalid", describe(problems));
        this.problems = List.copyOf(problems);
        getBody().setProperty("errors", problems.stream().filter(YaraProblem::error).map(YaraRulesInvalid::json).toList());
    }

    public List<YaraProblem> problems() {
        return problems;
    }

    private static String describe(List<YaraProblem> problems) {
        return problems.stream().filter(YaraProblem::error).findFirst()
                .map(p -> (p.file() == null ? "" : p.file() + ": ") + (p.line() > 0 ? "line " + p.line() + ": " : "") + p.message())
                .orElse("");
    }

    private static Map<String, Object> json(YaraProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line());
        if (p.rule() != null) {
            m.put("rule", p.rule());
        }
        m.put("message", p.message());
        if (p.file() != null) {
            m.put("file", p.file());
        }
        return m;
    }
}
