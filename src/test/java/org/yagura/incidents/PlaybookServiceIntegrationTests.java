package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.incidents.IncidentFixtures.phishing;
import static org.yagura.incidents.IncidentFixtures.signIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.taxonomy.TaxonomyFixtures;

@SpringBootTest
class PlaybookServiceIntegrationTests {

    @Autowired PlaybookService playbooks;
    @Autowired IncidentService incidents;
    @Autowired TaskService tasks;
    @Autowired JournalService journal;
    @Autowired UserService users;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    UserSummary lead;
    UserSummary handler;

    @BeforeEach
    void createStaff() {
        signIn(details, "admin");
        lead = IncidentFixtures.createUser(users, Role.TEAM_LEAD);
        handler = IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTeamLeadWritesAPlaybookWhoseTasksCarryDescriptionsAndDueDatesInTheCallersLanguage() {
        signIn(details, lead.username());
        String id = "ransom-" + suffix();
        Playbook created = playbooks.create(new Playbook.Draft(id, "malicious-code", null, "Ransomware", "ランサムウェア", List.of(
                new Playbook.Step(TaskKind.CONTAINMENT, "Disconnect the hosts", "端末をネットワークから切り離す",
                        "Pull the cable, keep power on.", "電源は入れたままケーブルを抜く。", 0),
                new Playbook.Step(TaskKind.TASK, "Find patient zero", "最初の感染端末を特定する", null, null, 2))));
        assertThat(created.version()).isZero();
        assertThat(created.uses()).isZero();
        assertThat(created.updatedBy()).isEqualTo(lead.username());
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "playbook.created", id)).contains("Ransomware", "2 steps");

        Playbook changed = playbooks.change(id, new Playbook.Change("Ransomware", "ランサムウェア", "malicious-code",
                "infected-system", List.of(created.steps().get(1), created.steps().get(0),
                        new Playbook.Step(TaskKind.RECOVERY, "Restore from backup", "バックアップから復旧する", null, null, 7)),
                created.version()));
        assertThat(changed.typeKey()).isEqualTo("infected-system");
        assertThat(changed.steps()).extracting(Playbook.Step::titleEn)
                .containsExactly("Find patient zero", "Disconnect the hosts", "Restore from backup");
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "playbook.changed", id)).contains("3 steps");

        signIn(details, handler.username());
        IncidentView incident = incidents.open(phishing("Files encrypted on the file server"));
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        List<TaskView> created2 = playbooks.apply(incident.key(), id);
        LocalDate today = LocalDate.now(LocaleContextHolder.getTimeZone().toZoneId());
        assertThat(created2).extracting(TaskView::title)
                .containsExactly("最初の感染端末を特定する", "端末をネットワークから切り離す", "バックアップから復旧する");
        assertThat(created2).extracting(TaskView::dueDate).containsExactly(today.plusDays(2), today, today.plusDays(7));
        assertThat(tasks.tasks(incident.key()).get(1).description()).isEqualTo("電源は入れたままケーブルを抜く。");
        assertThat(tasks.tasks(incident.key()).get(0).description()).isNull();
        assertThat(playbooks.get(id).uses()).isEqualTo(1);
    }

    @Test
    void handlersReadPlaybooksButOnlyTeamLeadsAndAdministratorsChangeThem() {
        signIn(details, handler.username());
        assertThat(playbooks.list()).extracting(Playbook::id).contains("phishing", "ddos");
        Playbook ddos = playbooks.get("ddos");
        Playbook.Change change = new Playbook.Change("DDoS", "DDoS攻撃", null, null, ddos.steps(), ddos.version());
        assertThatThrownBy(() -> playbooks.change("ddos", change)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> playbooks.create(draft("handler-" + suffix()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> playbooks.deprecate("ddos", true, ddos.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> playbooks.delete("ddos", ddos.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(playbooks.get("ddos").version()).isEqualTo(ddos.version());

        signIn(details, "admin");
        String id = "admin-" + suffix();
        assertThat(playbooks.create(draft(id)).id()).isEqualTo(id);
    }

    @Test
    void theShippedDefaultsStayAndAreEditable() {
        signIn(details, lead.username());
        Playbook leak = playbooks.get("data-leak");
        assertThat(leak.updatedBy()).isEqualTo("system");
        List<Playbook.Step> steps = new java.util.ArrayList<>(leak.steps());
        Playbook.Step first = steps.get(0);
        steps.set(0, new Playbook.Step(first.kind(), first.titleEn(), first.titleJa(), "Ask the data owner.",
                "データの管理者に確認する。", 1));
        Playbook changed = playbooks.change("data-leak", new Playbook.Change(leak.nameEn(), leak.nameJa(), null, null, steps,
                leak.version()));
        assertThat(changed.classKey()).isEqualTo(leak.classKey());
        assertThat(changed.typeKey()).isEqualTo(leak.typeKey());
        assertThat(changed.steps()).hasSize(leak.steps().size());
        assertThat(changed.steps().get(0).descriptionJa()).isEqualTo("データの管理者に確認する。");
        assertThatThrownBy(() -> playbooks.change("data-leak", new Playbook.Change("x", "x", null, null, steps, leak.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(playbooks.get("data-leak").nameEn()).isEqualTo(leak.nameEn());
    }

    @Test
    void anAppliedPlaybookIsDeprecatedNotDeletedAndAnUnusedOneMayGo() {
        signIn(details, lead.username());
        String used = "used-" + suffix();
        String unused = "unused-" + suffix();
        playbooks.create(draft(used));
        Playbook spare = playbooks.create(draft(unused));
        IncidentView incident = incidents.open(phishing("Playbook history"));
        playbooks.apply(incident.key(), used);

        Playbook applied = playbooks.get(used);
        assertThatThrownBy(() -> playbooks.delete(used, applied.version()))
                .isInstanceOf(ConflictException.class).satisfies(e -> refusedWith(e, used));
        Playbook deprecated = playbooks.deprecate(used, true, applied.version());
        assertThat(deprecated.deprecated()).isTrue();
        assertThat(playbooks.offered()).extracting(Playbook::id).doesNotContain(used);
        assertThat(playbooks.list()).extracting(Playbook::id).contains(used);
        assertThatThrownBy(() -> playbooks.apply(incident.key(), used)).isInstanceOf(ConflictException.class);
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "playbook.deprecated", used)).isNotBlank();
        assertThat(playbooks.deprecate(used, false, deprecated.version()).deprecated()).isFalse();

        playbooks.delete(unused, spare.version());
        assertThat(playbooks.list()).extracting(Playbook::id).doesNotContain(unused);
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "playbook.deleted", unused)).contains("never applied");
    }

    @Test
    void namesWhatIsWrongWithAPlaybook() {
        signIn(details, lead.username());
        assertThatThrownBy(() -> playbooks.create(new Playbook.Draft("Bad Id!", "fraud", null, "x", "x", draft("a1").steps())))
                .isInstanceOf(BadRequestException.class).satisfies(e -> refusedWith(e, "id"));
        assertThatThrownBy(() -> playbooks.create(new Playbook.Draft("no-class-" + suffix(), "no-such-class", null, "x", "x",
                draft("a1").steps()))).isInstanceOf(BadRequestException.class).satisfies(e -> refusedWith(e, "no-such-class"));
        assertThatThrownBy(() -> playbooks.create(new Playbook.Draft("no-type-" + suffix(), "fraud", "no-such-type", "x", "x",
                draft("a1").steps()))).isInstanceOf(BadRequestException.class).satisfies(e -> refusedWith(e, "fraud/no-such-type"));
        assertThatThrownBy(() -> playbooks.create(new Playbook.Draft("no-steps-" + suffix(), "fraud", null, "x", "x", List.of())))
                .isInstanceOf(BadRequestException.class).satisfies(e -> refusedWith(e, "steps"));
        assertThatThrownBy(() -> playbooks.create(new Playbook.Draft("late-" + suffix(), "fraud", null, "x", "x", List.of(
                new Playbook.Step(TaskKind.TASK, "a", "あ", null, null, 400))))).isInstanceOf(BadRequestException.class)
                .satisfies(e -> refusedWith(e, "dueDays"));
        assertThatThrownBy(() -> playbooks.create(new Playbook.Draft("blank-" + suffix(), "fraud", null, "x", "x", List.of(
                new Playbook.Step(TaskKind.TASK, "a", " ", null, null, null))))).isInstanceOf(BadRequestException.class)
                .satisfies(e -> refusedWith(e, "titleJa"));
        assertThatThrownBy(() -> playbooks.create(draft("phishing"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> playbooks.get("no-such-playbook"))
                .isInstanceOf(org.yagura.shared.api.NotFoundException.class);
    }

    /** The refusal names {@code part} in one of its message arguments. */
    static void refusedWith(Throwable e, String part) {
        assertThat(((org.yagura.shared.api.YaguraException) e).arguments()).anySatisfy(a -> assertThat(String.valueOf(a)).contains(part));
    }

    private static Playbook.Draft draft(String id) {
        return new Playbook.Draft(id, "fraud", "phishing", "Draft " + id, "下書き " + id,
                List.of(new Playbook.Step(TaskKind.TASK, "Call the reporter", "報告者に連絡する")));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
