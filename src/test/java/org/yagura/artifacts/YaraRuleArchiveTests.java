package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.yagura.shared.api.BadRequestException;

class YaraRuleArchiveTests {

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<YaraRuleArchive.RuleFile> read(String name, byte[] content) throws IOException {
        return YaraRuleArchive.read(name, new ByteArrayInputStream(content));
    }

    @Test
    void readsOneRuleFileNamedAfterIt() throws IOException {
        List<YaraRuleArchive.RuleFile> files = read("loader.yara", "rule a { condition: true }".getBytes(StandardCharsets.UTF_8));
        assertThat(files).containsExactly(new YaraRuleArchive.RuleFile("loader", "rule a { condition: true }"));
    }

    @Test
    void readsTheRuleFilesOfAZipAndSkipsOtherMembers() throws IOException {
        byte[] zip = zip("README.md", "# rules", "apt/loader.yar", "rule a { condition: true }",
                "./mail.YARA", "rule b { condition: false }");
        List<YaraRuleArchive.RuleFile> files = read("rules.zip", zip);
        assertThat(files).extracting(YaraRuleArchive.RuleFile::name).containsExactly("apt/loader", "mail");
        assertThat(files.get(1).source()).isEqualTo("rule b { condition: false }");
    }

    @Test
    void refusesTheWholeZipWhenAMemberNameCouldLeaveItsFolder() throws IOException {
        for (String bad : List.of("../evil.yar", "a/../../evil.yar", "/etc/evil.yar", "C:/evil.yar", "a\\..\\evil.yar")) {
            byte[] zip = zip("good.yar", "rule a { condition: true }", bad, "rule b { condition: true }");
            assertThatThrownBy(() -> read("rules.zip", zip)).as(bad)
                    .isInstanceOf(BadRequestException.class)
                    .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("yara.import.bad-name"));
        }
    }

    @Test
    void refusesFilesThatAreNotRulesTooLargeOrNotUtf8() throws IOException {
        assertThatThrownBy(() -> read("notes.txt", "rule a { condition: true }".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("yara.import.type"));
        byte[] big = new byte[YaraRuleArchive.MAX_SOURCE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> read("big.yar", big))
                .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("yara.import.too-large"));
        assertThatThrownBy(() -> read("big.zip", zip("big.yar", " ".repeat(YaraRuleArchive.MAX_SOURCE_BYTES + 1))))
                .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("yara.import.too-large"));
        assertThatThrownBy(() -> read("latin1.yar", new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xE9}))
                .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("yara.import.encoding"));
        assertThatThrownBy(() -> read("empty.zip", zip("README.md", "nothing here")))
                .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("yara.import.empty"));
    }
}
