package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;

class SplitFieldsTests {

    private final IncidentView original = IncidentFixtures.newIncident().view();

    @Test
    void takesClassificationTlpAndContextFromTheOriginalAndBecomesItsChild() {
        IncidentFields f = SplitFields.of(original, parts(null, null, null));
        assertThat(f.classKey()).isEqualTo("fraud");
        assertThat(f.typeKey()).isEqualTo("phishing");
        assertThat(f.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(f.impact()).isEqualTo(original.impact());
        assertThat(f.urgency()).isEqualTo(original.urgency());
        assertThat(f.pap()).isEqualTo(original.pap());
        assertThat(f.parentKey()).isEqualTo("IR-2026-0001");
        assertThat(f.title()).isEqualTo("Second wave");
        assertThat(f.personalDataBreach()).isFalse();
        assertThat(f.businessImpact()).isNull();
    }

    @Test
    void takesAnotherClassificationAndAStricterTlp() {
        IncidentFields f = SplitFields.of(original, parts("malicious-code", "infected-system", Tlp.RED));
        assertThat(f.classKey()).isEqualTo("malicious-code");
        assertThat(f.typeKey()).isEqualTo("infected-system");
        assertThat(f.tlp()).isEqualTo(Tlp.RED);
    }

    @Test
    void refusesATlpLessStrictThanTheOriginal() {
        assertThatThrownBy(() -> SplitFields.of(original, parts(null, null, Tlp.GREEN)))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).messageKey()).isEqualTo("incidents.split.tlp-weaker"))
                .satisfies(e -> assertThat(Arrays.asList(((BadRequestException) e).arguments())).containsExactly("TLP:GREEN", "TLP:AMBER"));
    }

    @Test
    void dropsRepeatedAndMissingChoicesAndKnowsWhenNothingIsChosen() {
        UUID task = UUID.randomUUID();
        SplitParts p = new SplitParts("x", null, null, null, null, Arrays.asList("RPT-1", "RPT-1", null), List.of(task, task),
                null, null, null, null);
        assertThat(p.reports()).containsExactly("RPT-1");
        assertThat(p.tasks()).containsExactly(task);
        assertThat(p.journal()).isEmpty();
        assertThat(p.nothingChosen()).isFalse();
        assertThat(new SplitParts("x", null, null, null, null, null, null, null, null, null, null).nothingChosen()).isTrue();
    }

    private static SplitParts parts(String classKey, String typeKey, Tlp tlp) {
        return new SplitParts(" Second wave ", null, classKey, typeKey, tlp, null, List.of(UUID.randomUUID()), null, null, null,
                null);
    }
}
