package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YaraDiagnosticsTests {

    private static final String RULES = "/tmp/yagura-yara-123/rules.yar";

    @Test
    void mapsYara4ErrorsInARuleToTheirLine() {
        List<YaraProblem> problems = YaraDiagnostics.parse(
                "error: rule \"broken\" in /tmp/yagura-yara-123/rules.yar(7): undefined string \"$b\"\n", RULES);
        assertThat(problems).containsExactly(
                new YaraProblem(YaraProblem.Severity.ERROR, 7, "broken", "undefined string \"$b\"", null));
    }

    @Test
    void mapsErrorsOutsideARuleAndWarnings() {
        List<YaraProblem> problems = YaraDiagnostics.parse("""
                warning: rule "w" in /tmp/yagura-yara-123/rules.yar(1): string "$r" may slow down scanning
                /tmp/yagura-yara-123/rules.yar(2): error: duplicated identifier "a"
                """, RULES);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).severity()).isEqualTo(YaraProblem.Severity.WARNING);
        assertThat(problems.get(0).error()).isFalse();
        assertThat(problems.get(0).line()).isEqualTo(1);
        assertThat(problems.get(1)).isEqualTo(new YaraProblem(YaraProblem.Severity.ERROR, 2, null, "duplicated identifier \"a\"", null));
    }

    @Test
    void mapsTheOlderLineFormat() {
        assertThat(YaraDiagnostics.parse("error: line 12: syntax error, unexpected identifier", RULES))
                .containsExactly(new YaraProblem(YaraProblem.Severity.ERROR, 12, null, "syntax error, unexpected identifier", null));
    }

    @Test
    void keepsOtherLinesWithoutALineNumberAndNeverShowsTheTemporaryPath() {
        List<YaraProblem> problems = YaraDiagnostics.parse(
                "error: could not open file: /tmp/yagura-yara-123/rules.yar\nnot enough memory\n", RULES);
        assertThat(problems).extracting(YaraProblem::line).containsExactly(0, 0);
        assertThat(problems).allMatch(YaraProblem::error);
        assertThat(problems.get(0).message()).isEqualTo("could not open file: rules.yar");
        assertThat(problems.get(1).message()).isEqualTo("not enough memory");
    }

    @Test
    void theBadRequestNamesTheFirstErrorWithItsLineAndListsAllErrors() {
        YaraRulesInvalid e = new YaraRulesInvalid(List.of(
                new YaraProblem(YaraProblem.Severity.WARNING, 1, "w", "slow", null),
                new YaraProblem(YaraProblem.Severity.ERROR, 7, "broken", "undefined string \"$b\"", null),
                new YaraProblem(YaraProblem.Severity.ERROR, 9, null, "syntax error", "apt/loader")));
        assertThat(e.getStatusCode().value()).isEqualTo(400);
        assertThat(e.arguments()).containsExactly("line 7: undefined string \"$b\"");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> errors = (List<java.util.Map<String, Object>>) e.getBody().getProperties().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).containsEntry("line", 7).containsEntry("rule", "broken");
        assertThat(errors.get(1)).containsEntry("line", 9).containsEntry("file", "apt/loader").doesNotContainKey("rule");
    }
}
