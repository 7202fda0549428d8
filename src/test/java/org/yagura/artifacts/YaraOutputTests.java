package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YaraOutputTests {

    private static final String FILE = "/var/lib/yagura/blobs/ab/cd/abcd";

    @Test
    void readsRulesWithNamespacesTagsAndStringsWithOffsetsAndLengths() {
        String out = """
                rs0:Test_One [mal,tag2] /var/lib/yagura/blobs/ab/cd/abcd
                0x3:5:$a: hello
                0xd:5:$a: hello
                0x9:3:$b: 41 42 43
                rs1:w [] /var/lib/yagura/blobs/ab/cd/abcd
                0x0:10:$w: h\\x00e\\x00l\\x00l\\x00o\\x00
                """;
        List<YaraHit> hits = YaraOutput.parse(out, FILE);
        assertThat(hits).hasSize(2);
        YaraHit first = hits.get(0);
        assertThat(first.namespace()).isEqualTo("rs0");
        assertThat(first.rule()).isEqualTo("Test_One");
        assertThat(first.tags()).containsExactly("mal", "tag2");
        assertThat(first.strings()).extracting(YaraMatchString::offset).containsExactly(3L, 13L, 9L);
        assertThat(first.strings()).extracting(YaraMatchString::identifier).containsExactly("$a", "$a", "$b");
        assertThat(first.strings().get(2)).isEqualTo(new YaraMatchString(9, "$b", 3, "41 42 43"));
        assertThat(first.stringCount()).isEqualTo(3);
        YaraHit second = hits.get(1);
        assertThat(second.namespace()).isEqualTo("rs1");
        assertThat(second.tags()).isEmpty();
        assertThat(second.strings().get(0).data()).isEqualTo("h\\x00e\\x00l\\x00l\\x00o\\x00");
    }

    @Test
    void acceptsStringLinesWithoutLengthAndRulesWithoutStrings() {
        String out = "rs0:only_condition [] " + FILE + "\nrs0:plain [] " + FILE + "\n0x1f:$x: abc\n";
        List<YaraHit> hits = YaraOutput.parse(out, FILE);
        assertThat(hits).extracting(YaraHit::rule).containsExactly("only_condition", "plain");
        assertThat(hits.get(0).strings()).isEmpty();
        assertThat(hits.get(1).strings()).containsExactly(new YaraMatchString(0x1f, "$x", -1, "abc"));
    }

    @Test
    void ignoresLinesOfOtherShapesAndRuleLinesForAnotherFile() {
        String out = """
                warning: rule "w" in /tmp/rs0.yar(1): string "$r" may slow down scanning
                rs0:evil [x] /some/other/file
                0x10:3:$a: abc
                rs0:good [] /var/lib/yagura/blobs/ab/cd/abcd
                not a string line
                0xZZ:3:$a: abc
                0x20:3:$a: abc
                0x30:3:$a: ab""";
        List<YaraHit> hits = YaraOutput.parse(out, FILE);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).rule()).isEqualTo("good");
        assertThat(hits.get(0).strings()).extracting(YaraMatchString::offset).containsExactly(0x20L, 0x30L);
    }

    @Test
    void aDataFieldThatLooksLikeARuleLineStaysData() {
        String out = "rs0:a [] " + FILE + "\n0x0:30:$s: rs0:fake [t] " + FILE + "\n";
        List<YaraHit> hits = YaraOutput.parse(out, FILE);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).strings().get(0).data()).isEqualTo("rs0:fake [t] " + FILE);
    }

    @Test
    void keepsAtMostAHundredStringsPerRuleButCountsAllAndCutsLongData() {
        StringBuilder out = new StringBuilder("rs0:many [] " + FILE + "\n");
        for (int i = 0; i < 250; i++) {
            out.append("0x").append(Integer.toHexString(i * 4)).append(":4:$a: ").append("x".repeat(i == 0 ? 500 : 4)).append('\n');
        }
        YaraHit hit = YaraOutput.parse(out.toString(), FILE).get(0);
        assertThat(hit.strings()).hasSize(YaraOutput.MAX_STRINGS);
        assertThat(hit.stringCount()).isEqualTo(250);
        assertThat(hit.strings().get(0).data()).hasSize(YaraOutput.MAX_DATA + 1).endsWith("…");
        assertThat(hit.strings().get(99).offset()).isEqualTo(99 * 4L);
    }

    @Test
    void emptyOutputMeansNoMatch() {
        assertThat(YaraOutput.parse("", FILE)).isEmpty();
    }
}
