package org.yagura.incidents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yagura.incidents.Playbook;
import org.yagura.incidents.TaskKind;
import org.yagura.shared.api.BadRequestException;

class PlaybookFormTests {

    private static final Playbook DDOS = new Playbook("ddos", "availability", "ddos", "DDoS", "DDoS攻撃", List.of(
            new Playbook.Step(TaskKind.TASK, "Confirm", "確認する", "Volume", "通信量", 0),
            new Playbook.Step(TaskKind.CONTAINMENT, "Filter", "フィルタする")), false, 3, "system",
            Instant.parse("2026-01-01T00:00:00Z"), 4);

    @Test
    void showsEveryStepInOrderAndThreeBlankRowsToAddSteps() {
        PlaybookForm form = PlaybookForm.of(DDOS);
        assertThat(form.getSteps()).hasSize(2 + PlaybookForm.BLANK_ROWS);
        assertThat(form.getSteps()).extracting(PlaybookForm.Row::getOrder).containsExactly(1, 2, 3, 4, 5);
        assertThat(form.getClassification()).isEqualTo("availability/ddos");
        assertThat(form.getSteps().get(0).getDueDays()).isEqualTo("0");
        assertThat(form.toChange().steps()).isEqualTo(DDOS.steps());
        assertThat(form.toChange().version()).isEqualTo(4);
    }

    @Test
    void ordersStepsByTheirNumbersAndLeavesOutRemovedAndEmptyRows() {
        PlaybookForm form = PlaybookForm.of(DDOS);
        PlaybookForm.Row added = form.getSteps().get(2);
        added.setTitleEn("Inform the provider");
        added.setTitleJa("プロバイダーに連絡する");
        added.setOrder(0);
        added.setDueDays(" 1 ");
        form.getSteps().get(1).setRemove(true);
        assertThat(form.toSteps()).extracting(Playbook.Step::titleEn).containsExactly("Inform the provider", "Confirm");
        assertThat(form.toSteps().get(0).dueDays()).isEqualTo(1);
    }

    @Test
    void aClassWithoutTypeIsAClassificationOfItsOwn() {
        PlaybookForm form = PlaybookForm.blank();
        form.setClassification("fraud");
        assertThat(form.toDraft().classKey()).isEqualTo("fraud");
        assertThat(form.toDraft().typeKey()).isNull();
        assertThat(form.toDraft().steps()).isEmpty();
    }

    @Test
    void namesADueOffsetThatIsNotANumber() {
        PlaybookForm form = PlaybookForm.blank();
        form.getSteps().get(0).setTitleEn("Call");
        form.getSteps().get(0).setDueDays("soon");
        assertThatThrownBy(form::toSteps).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).arguments()).containsExactly("soon"));
    }
}
