package org.yagura.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EntropyTests {

    @Test
    void uniformInputHasNoEntropyAndEveryByteValueOnceHasEightBits() {
        Entropy zeros = new Entropy();
        zeros.update(new byte[1_000], 0, 1_000);
        assertThat(zeros.total()).isZero();

        byte[] all = new byte[256 * 10];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        Entropy full = new Entropy();
        full.update(all, 0, all.length);
        assertThat(full.total()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void twoEquallyFrequentSymbolsGiveOneBit() {
        assertThat(Entropy.of(new long[] {5, 5})).isCloseTo(1.0, within(1e-12));
        assertThat(Entropy.of(new long[256])).isZero();
    }

    @Test
    void profileHasOneValuePerBlockAndAShorterLastBlock() {
        byte[] data = new byte[Entropy.FIRST_BLOCK_SIZE * 2 + 10];
        new Random(1).nextBytes(data);
        java.util.Arrays.fill(data, Entropy.FIRST_BLOCK_SIZE, 2 * Entropy.FIRST_BLOCK_SIZE, (byte) 7);
        Entropy entropy = new Entropy();
        entropy.update(data, 0, data.length);
        assertThat(entropy.profile()).hasSize(3);
        assertThat(entropy.profile().get(0)).isGreaterThan(7.9);
        assertThat(entropy.profile().get(1)).isZero();
        assertThat(entropy.blockSize()).isEqualTo(Entropy.FIRST_BLOCK_SIZE);
    }

    @Test
    void longInputsMergeBlocksSoTheProfileStaysBounded() {
        byte[] chunk = new byte[Entropy.FIRST_BLOCK_SIZE];
        Entropy entropy = new Entropy();
        for (int i = 0; i < Entropy.MAX_BLOCKS * 3; i++) {
            chunk[0] = (byte) i;
            entropy.update(chunk, 0, chunk.length);
        }
        assertThat(entropy.profile()).hasSizeLessThanOrEqualTo(Entropy.MAX_BLOCKS);
        assertThat(entropy.blockSize() * entropy.profile().size())
                .isGreaterThanOrEqualTo((long) Entropy.MAX_BLOCKS * 3 * Entropy.FIRST_BLOCK_SIZE);
    }
}
