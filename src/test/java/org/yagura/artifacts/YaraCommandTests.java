package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The real {@code yara} command, run the way Yagura runs it. */
@ExtendWith(RequiresYara.class)
class YaraCommandTests {

    private static final String RULES = """
            rule Marker : demo test {
              strings:
                $a = "hello"
                $b = { 41 42 43 }
              condition:
                any of them
            }
            """;

    @TempDir
    Path dir;

    private static YaraCommand command(DataSize memory) {
        return new YaraCommand(RequiresYara.YARA, Path.of("/usr/bin/prlimit"), Duration.ofSeconds(20), memory);
    }

    @Test
    void compilesGoodRulesWithoutErrorsAndReportsTheLineOfABadOne() {
        YaraCommand yara = command(DataSize.ofMegabytes(512));
        assertThat(yara.compile(RULES)).noneMatch(YaraProblem::error);
        List<YaraProblem> problems = yara.compile("rule ok { condition: true }\nrule broken {\n  strings:\n    $a = \"x\"\n"
                + "  condition:\n    $b\n}\n");
        assertThat(problems).filteredOn(YaraProblem::error).hasSize(1);
        YaraProblem error = problems.stream().filter(YaraProblem::error).findFirst().orElseThrow();
        // YARA 4 names the line where the condition ends for an undefined string
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.rule()).isEqualTo("broken");
        assertThat(error.message()).contains("undefined string").doesNotContain("/tmp");
        assertThat(yara.compile("rule a {\n condition:\n  true and\n}\n")).filteredOn(YaraProblem::error)
                .extracting(YaraProblem::line).containsExactly(4);
    }

    @Test
    void scansAFileWithSeveralRuleSetsAndReturnsOffsetsPerNamespace() throws Exception {
        Path file = Files.write(dir.resolve("sample.bin"), "xx hello ABC hello\n".getBytes(StandardCharsets.US_ASCII));
        List<YaraHit> hits = command(DataSize.ofMegabytes(512)).scan(
                List.of(RULES, "rule Nothing { strings: $z = \"zzz\" condition: $z }", "rule Marker { condition: filesize > 0 }"), file);
        assertThat(hits).extracting(YaraHit::namespace).containsExactly("rs0", "rs2");
        YaraHit marker = hits.get(0);
        assertThat(marker.rule()).isEqualTo("Marker");
        assertThat(marker.tags()).containsExactly("demo", "test");
        assertThat(marker.strings()).containsExactlyInAnyOrder(new YaraMatchString(3, "$a", 5, "hello"),
                new YaraMatchString(13, "$a", 5, "hello"), new YaraMatchString(9, "$b", 3, "41 42 43"));
        assertThat(hits.get(1).strings()).isEmpty();
    }

    @Test
    void aScanThatRunsOutOfItsMemoryLimitFailsInsteadOfHangingTheServer() throws Exception {
        Path file = Files.write(dir.resolve("sample.bin"), "hello".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> command(DataSize.ofMegabytes(8)).scan(List.of(RULES), file))
                .isInstanceOf(YaraCommand.YaraScanFailed.class)
                .hasMessageContaining("yara exited with status");
    }

    @Test
    void aMissingCommandIsReportedAsUnavailable() {
        YaraCommand missing = new YaraCommand(dir.resolve("no-yara"), Path.of("/usr/bin/prlimit"), Duration.ofSeconds(5),
                DataSize.ofMegabytes(512));
        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> new YaraRuleCheck(missing).check(RULES)).isInstanceOf(YaraUnavailable.class)
                .satisfies(e -> assertThat(((YaraUnavailable) e).getStatusCode().value()).isEqualTo(503));
    }

    @Test
    void refusesIncludeDirectivesBeforeCompiling() {
        YaraValidation result = new YaraRuleCheck(command(DataSize.ofMegabytes(512)))
                .check("rule a { condition: true }\n  include \"/etc/passwd\"\n");
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(YaraProblem::line).containsExactly(2);
        assertThat(result.problems().get(0).message()).contains("include");
    }

    @Test
    void namesTheRulesOfASourceButNotThoseInComments() {
        assertThat(YaraRuleCheck.ruleNames("// rule Hidden { }\n/* rule Also\n */ private rule A { condition: true }\n"
                + "global private rule B { condition: true }\nrule C : t { condition: A and B }\n"))
                .containsExactly("A", "B", "C");
    }
}
