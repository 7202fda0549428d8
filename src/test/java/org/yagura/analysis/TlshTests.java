package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TlshTests {

    private static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    @Test
    void givesNoDigestBelow256Bytes() {
        assertThat(Tlsh.of(random(255, 1))).isNull();
        assertThat(Tlsh.of(random(256, 1))).isNotNull();
    }

    @Test
    void givesNoDigestForTooUniformInput() {
        assertThat(Tlsh.of(new byte[100_000])).isNull();
    }

    @Test
    void printsTheT1VersionPrefixAnd70HexDigits() {
        assertThat(Tlsh.of(random(5_000, 2))).matches("T1[0-9A-F]{70}");
    }

    @Test
    void digestDoesNotDependOnHowTheInputIsChunked() {
        byte[] data = random(300_001, 3);
        Tlsh chunked = new Tlsh();
        int[] sizes = {1, 2, 3, 4, 5, 8191, 65_536};
        for (int at = 0, k = 0; at < data.length; k++) {
            int n = Math.min(sizes[k % sizes.length], data.length - at);
            chunked.update(data, at, n);
            at += n;
        }
        assertThat(chunked.digest()).isEqualTo(Tlsh.of(data));
    }

    @Test
    void distanceIsZeroBetweenADigestAndItselfWithOrWithoutPrefix() {
        String digest = Tlsh.of(random(5_000, 4));
        assertThat(Tlsh.distance(digest, digest)).isZero();
        assertThat(Tlsh.distance(digest, digest.substring(2))).isZero();
    }

    @Test
    void distanceCountsTheLengthDifferenceUnlessLeftOut() {
        // values printed by tlsh -c for a 5,000 and a 3,000 byte random file
        String a = "18A1AEB1B8EBE5C0E0012A480112F8BDFD9774E8EE520FC66D64006106A9E3CE42F4B1";
        String b = Tlsh.of(random(3_000, 5));
        assertThat(Tlsh.distance(a, b) - Tlsh.distance(a, b, false)).isEqualTo(12 * 5);
    }

    @Test
    void rejectsWhatIsNotADigest() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tlsh.distance("T1XYZ", "T1XYZ"));
    }

    @Test
    void lengthCodeFollowsTheThreeLogarithmicScales() {
        assertThat(Tlsh.lengthCode(256)).isEqualTo(13);
        assertThat(Tlsh.lengthCode(1_000)).isEqualTo(17);
        assertThat(Tlsh.lengthCode(5_000)).isEqualTo(26);
    }
}
