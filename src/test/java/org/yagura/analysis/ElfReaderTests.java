package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles a small C program with the installed gcc (skipped without it) and reads it back. */
class ElfReaderTests {

    @TempDir
    Path dir;

    private final FileAnalyzer analyzer = new FileAnalyzer();
    private byte[] program;

    @BeforeEach
    void compile() throws Exception {
        program = ElfSample.compile(dir);
    }

    @Test
    void readsClassMachineTypeEntryInterpreterSectionsAndSymbols() throws Exception {
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("prog"), program));
        ElfInfo elf = analysis.elf();

        assertThat(analysis.errors()).isEmpty();
        assertThat(elf).isNotNull();
        assertThat(elf.elfClass()).isEqualTo(ElfSample.expectedClass());
        assertThat(elf.byteOrder()).isEqualTo("little-endian");
        assertThat(elf.machine()).isEqualTo(ElfSample.expectedMachine());
        assertThat(elf.type()).isIn("executable", "shared-object");
        assertThat(elf.entry()).isNotZero();
        assertThat(elf.interpreter()).startsWith("/lib");
        assertThat(elf.libraries()).contains("libc.so.6");
        assertThat(elf.sections()).extracting(ElfInfo.Section::name).contains(".text", ".dynsym", ".symtab");
        assertThat(elf.symbols()).extracting(ElfInfo.Symbol::name).contains("main", "yagura_marker_function", "puts");
        assertThat(elf.symbols()).contains(new ElfInfo.Symbol("yagura_marker_function", "func", "global", "symtab"));
        assertThat(elf.symbolCount()).isGreaterThanOrEqualTo(elf.symbols().size());
        assertThat(analysis.strings()).extracting(FoundString::value).contains("yagura-elf-sample http://198.51.100.4/");
    }

    @Test
    void givesTheHeaderAndNamesTheProblemWhenTheFileIsTruncated() throws Exception {
        byte[] cut = Arrays.copyOf(program, program.length / 2);
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("cut"), cut));

        assertThat(analysis.elf()).isNotNull();
        assertThat(analysis.elf().machine()).isEqualTo(ElfSample.expectedMachine());
        assertThat(analysis.elf().symbols()).isEmpty();
        assertThat(analysis.errors()).anyMatch(e -> e.contains("section header table"));
    }

    @Test
    void refusesASymbolTableWhoseSizeIsLargerThanTheFile() throws Exception {
        ByteBuffer elf = ByteBuffer.wrap(program.clone()).order(ByteOrder.LITTLE_ENDIAN);
        long table = elf.getLong(0x28);
        int count = elf.getShort(0x3c) & 0xffff;
        for (int i = 0; i < count; i++) {
            int at = (int) (table + 64L * i);
            if (elf.getInt(at + 4) == 2) {
                elf.putLong(at + 32, 1L << 40);
            }
        }
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("huge-symtab"), elf.array()));

        assertThat(analysis.elf()).isNotNull();
        assertThat(analysis.elf().symbols()).isEmpty();
        assertThat(analysis.errors()).anyMatch(e -> e.contains("beyond the end of the file"));
    }

    @Test
    void namesAFileWithOnlyTheMagicAsUnreadable() throws Exception {
        FileAnalysis analysis = analyzer.analyze(Files.write(dir.resolve("magic"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1}));

        assertThat(analysis.elf()).isNull();
        assertThat(analysis.errors()).anyMatch(e -> e.startsWith("elf"));
    }
}
