package org.yagura.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HumanKeysTests {

    @Test
    void numbersArePaddedToTheWidthAndWiderOnesKeptWhole() {
        assertThat(HumanKeys.key("IR", 2026, 4, 42)).isEqualTo("IR-2026-0042");
        assertThat(HumanKeys.key("RPT", 2026, 5, 1)).isEqualTo("RPT-2026-00001");
        assertThat(HumanKeys.key("IR", 2026, 4, 9999)).isEqualTo("IR-2026-9999");
        assertThat(HumanKeys.key("IR", 2026, 4, 12345)).isEqualTo("IR-2026-12345");
    }
}
