package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SsdeepTests {

    @Test
    void digestsTinyInputsLikeSsdeep() {
        assertThat(Ssdeep.of(new byte[0])).isEqualTo("3::");
        assertThat(Ssdeep.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("3:uG:uG");
        assertThat(Ssdeep.of(new byte[300])).isEqualTo("3::");
    }

    @Test
    void digestDoesNotDependOnHowTheInputIsChunked() {
        byte[] data = new byte[700_000];
        new Random(3).nextBytes(data);
        Ssdeep chunked = new Ssdeep();
        int[] sizes = {1, 7, 4095, 65_536, 13};
        for (int at = 0, k = 0; at < data.length; k++) {
            int n = Math.min(sizes[k % sizes.length], data.length - at);
            chunked.update(data, at, n);
            at += n;
        }
        assertThat(chunked.digest()).isEqualTo(Ssdeep.of(data));
    }

    @Test
    void aDeclaredLengthGivesTheSameDigestInFewAndInManyPieces() {
        Random random = new Random(5);
        for (int round = 0; round < 60; round++) {
            int length = round < 20 ? random.nextInt(5_000) : random.nextInt(3_000_000);
            byte[] data = new byte[length];
            random.nextBytes(data);
            if (round % 3 == 1) {
                // text: long runs of a small alphabet
                for (int i = 0; i < length; i++) {
                    data[i] = (byte) ('a' + (data[i] & 0x0f));
                }
            } else if (round % 3 == 2) {
                // a repeated record with a counter, as in logs and tables
                for (int i = 0; i < length; i++) {
                    data[i] = (byte) (i % 97 == 0 ? i / 97 : "record;".charAt(i % 7));
                }
            }
            Ssdeep unknown = new Ssdeep();
            Ssdeep declared = new Ssdeep(length);
            for (int at = 0; at < length; ) {
                int n = Math.min(1 + random.nextInt(round % 2 == 0 ? 9 : 300_000), length - at);
                unknown.update(data, at, n);
                declared.update(data, at, n);
                at += n;
            }
            assertThat(declared.digest()).as("length %d, round %d", length, round).isEqualTo(unknown.digest());
        }
    }

    @Test
    void refusesAnInputOfAnotherLengthThanDeclared() {
        Ssdeep ssdeep = new Ssdeep(10);
        ssdeep.update(new byte[9], 0, 9);
        assertThatIllegalStateException().isThrownBy(ssdeep::digest).withMessageContaining("not the 10 declared");
    }

    @Test
    void digestCarriesABlockSizeAndTwoHashesOfBoundedLength() {
        byte[] data = new byte[2_000_000];
        new Random(4).nextBytes(data);
        String[] parts = Ssdeep.of(data).split(":");
        assertThat(Long.parseLong(parts[0]) % 3).isZero();
        assertThat(parts[1]).hasSizeBetween(32, 64);
        assertThat(parts[2]).hasSizeLessThanOrEqualTo(32);
    }

    @Test
    void scoresIdenticalDigestsAs100AndUnrelatedOnesAsZero() {
        String digest = "96:d+DFsWWLMKrIxpOb8cd6XOQrcX/Ae3g8AzXnBKJ4wppxhguhJkl8S:QDXWoiIxp0BRVAUEsphk7";
        assertThat(Ssdeep.compare(digest, digest)).isEqualTo(100);
        assertThat(Ssdeep.compare(digest, "96:AAAAbbbbCCCCddddEEEEffffGGGGhhhh:IIIIjjjj")).isZero();
    }

    @Test
    void scoresANearDuplicateAsSsdeepDoes() {
        assertThat(Ssdeep.compare(
                "96:d+DFsWWLMKrIxpOb8cd6XOQrcX/Ae3g8AzXnBKJ4wppxhguhJkl8S:QDXWoiIxp0BRVAUEsphk7,\"a\"",
                "96:d+mFsWWLMKrIxpOb8cd6XOQrcX/Ae3g8AzXnBKJ4wppxhguhJkl8S:QmXWoiIxp0BRVAUEsphk7"))
                .isEqualTo(99);
    }

    @Test
    void comparesOnlyNeighbouringBlockSizes() {
        String small = "3:o9VBs13Iha+f8:o3C13Ihah";
        assertThat(Ssdeep.compare(small, "12:o9VBs13Iha+f8:o3C13Ihah")).isZero();
    }

    @Test
    void rejectsWhatIsNotADigest() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ssdeep.compare("not a digest", "3::"));
        assertThatIllegalArgumentException().isThrownBy(() -> Ssdeep.compare("x:a:b", "3::"));
    }

    @Test
    void editDistanceCountsASubstitutionAsTwoEdits() {
        assertThat(SsdeepComparison.editDistance("abcd", "abxd")).isEqualTo(2);
        assertThat(SsdeepComparison.editDistance("abcd", "abd")).isEqualTo(1);
        assertThat(SsdeepComparison.editDistance("", "abc")).isEqualTo(3);
    }
}
