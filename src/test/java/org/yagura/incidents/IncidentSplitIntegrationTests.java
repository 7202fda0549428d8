package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.yagura.incidents.IncidentFixtures.signIn;
import static org.yagura.incidents.PlaybookServiceIntegrationTests.refusedWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.yagura.artifacts.ArtifactService;
import org.yagura.artifacts.ArtifactView;
import org.yagura.artifacts.Upload;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.incidents.review.ReviewFixtures;
import org.yagura.incidents.review.ReviewService;
import org.yagura.intake.Channel;
import org.yagura.intake.NewReport;
import org.yagura.intake.ReportService;
import org.yagura.intake.ReportView;
import org.yagura.observables.NewLink;
import org.yagura.observables.ObservableLink;
import org.yagura.observables.ObservableService;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;
import org.yagura.taxonomy.TaxonomyFixtures;

@SpringBootTest
class IncidentSplitIntegrationTests {

    @Autowired IncidentSplit split;
    @Autowired IncidentService incidents;
    @Autowired IncidentReportService incidentReports;
    @Autowired TaskService tasks;
    @Autowired JournalService journal;
    @Autowired ReportService reports;
    @Autowired ObservableService observables;
    @Autowired ReviewService reviews;
    @Autowired UserService users;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @MockitoSpyBean ArtifactService artifacts;

    /** An incident of two reports, with two tasks, a note, two observables and two artifacts. */
    record Wave(IncidentView incident, ReportView first, ReportView second, TaskView block, TaskView takedown,
            JournalEntry note, List<ObservableLink> links, List<ArtifactView> files) {
    }

    @BeforeEach
    void signInAsHandler() {
        signIn(details, "admin");
        signIn(details, IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER).username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void splitsTheChosenPartsIntoANewChildIncidentAndLosesNothing() {
        Wave w = wave();
        IncidentView child = split.split(w.incident().key(), new SplitParts("Second wave: fake parcel notices", null, null, null,
                null, List.of(w.second().key()), List.of(w.takedown().id()), List.of(w.note().seq()),
                List.of(w.links().get(1).observable().id()), List.of(w.files().get(1).key()), w.incident().version()));

        assertThat(child.key()).matches("IR-\\d{4}-\\d{4}").isNotEqualTo(w.incident().key());
        assertThat(child.parentKey()).isEqualTo(w.incident().key());
        assertThat(child.classKey()).isEqualTo("fraud");
        assertThat(child.typeKey()).isEqualTo("phishing");
        assertThat(child.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(incidents.children(w.incident().key())).extracting(IncidentView::key).containsExactly(child.key());

        assertThat(incidentReports.reports(w.incident().key())).extracting(ReportView::key).containsExactly(w.first().key());
        assertThat(incidentReports.reports(child.key())).extracting(ReportView::key).containsExactly(w.second().key());
        assertThat(reports.get(w.second().key()).incidentKey()).isEqualTo(child.key());
        assertThat(reports.get(w.first().key()).incidentKey()).isEqualTo(w.incident().key());

        assertThat(tasks.tasks(w.incident().key())).extracting(TaskView::title).containsExactly("Block the sender");
        assertThat(tasks.tasks(child.key())).extracting(TaskView::title).containsExactly("Request the takedown");

        List<JournalEntry> originalNotes = journal.entries(w.incident().key(), List.of(JournalKind.NOTE), false, false);
        assertThat(originalNotes).singleElement().satisfies(e -> assertThat(e.body()).isEqualTo("Reporter called twice"));
        assertThat(journal.entries(child.key(), List.of(JournalKind.NOTE), false, false)).singleElement().satisfies(e -> {
            assertThat(e.body()).isEqualTo("[" + w.incident().key() + " #" + w.note().seq() + ", " + w.note().recordedBy()
                    + "] Reporter called twice");
            assertThat(e.occurredAt()).isEqualTo(w.note().occurredAt());
        });
        assertThat(journal.entries(w.incident().key(), List.of(JournalKind.STATUS), false, false)).last()
                .satisfies(e -> assertThat(e.body()).contains("split out into " + child.key(), w.second().key(),
                        "Request the takedown", "#" + w.note().seq(), "parcel-notice.jp", w.files().get(1).key()));
        assertThat(journal.entries(child.key(), List.of(JournalKind.STATUS), false, false)).last()
                .satisfies(e -> assertThat(e.body()).startsWith("split out of " + w.incident().key()));

        assertThat(observables.links("incident", w.incident().key())).hasSize(2);
        assertThat(observables.links("incident", child.key())).singleElement().satisfies(l -> {
            assertThat(l.observable().value()).isEqualTo("parcel-notice.jp");
            assertThat(l.comment()).isEqualTo("second wave");
        });
        assertThat(artifacts.list("incidents", w.incident().key())).extracting(ArtifactView::key)
                .containsExactly(w.files().get(0).key());
        assertThat(artifacts.list("incidents", child.key())).extracting(ArtifactView::key)
                .containsExactly(w.files().get(1).key());

        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "incident.split", w.incident().key())).contains(child.key());
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "incident.split-from", child.key())).contains(w.incident().key());
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "artifact.moved", w.files().get(1).key()))
                .contains(w.incident().key() + " → " + child.key());
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "report.incident-moved", w.second().key())).contains(child.key());
    }

    @Test
    void takesAnotherClassificationAndAStricterTlpButNeverAWeakerOne() {
        Wave w = wave();
        SplitParts weaker = new SplitParts("Public part", null, null, null, Tlp.GREEN, null, List.of(w.block().id()), null,
                null, null, null);
        assertRefusedAndUntouched(w, () -> split.split(w.incident().key(), weaker), BadRequestException.class, "TLP:GREEN");
        IncidentView child = split.split(w.incident().key(), new SplitParts("Malware found on a clicker's laptop", "**laptop**",
                "malicious-code", "infected-system", Tlp.RED, null, List.of(w.block().id()), null, null, null, null));
        assertThat(child.classKey()).isEqualTo("malicious-code");
        assertThat(child.tlp()).isEqualTo(Tlp.RED);
        assertThat(child.description()).isEqualTo("**laptop**");
        assertThat(incidents.get(child.key()).title()).isEqualTo("Malware found on a clicker's laptop");
    }

    @Test
    void refusesBadPartsAndWritesNothing() {
        Wave w = wave();
        Wave other = wave();
        String key = w.incident().key();
        assertRefusedAndUntouched(w, () -> split.split(key, parts(null, null, null, null, null)), BadRequestException.class,
                "");
        assertRefusedAndUntouched(w, () -> split.split(key, parts(List.of(w.first().key()), List.of(UUID.randomUUID()), null,
                null, null)), BadRequestException.class, "");
        assertRefusedAndUntouched(w, () -> split.split(key, parts(List.of(other.first().key()), null, null, null, null)),
                BadRequestException.class, other.first().key());
        assertRefusedAndUntouched(w, () -> split.split(key, parts(null, List.of(other.block().id()), null, null, null)),
                BadRequestException.class, other.block().id().toString());
        assertRefusedAndUntouched(w, () -> split.split(key, parts(null, null, List.of(999L), null, null)),
                BadRequestException.class, "999");
        assertRefusedAndUntouched(w, () -> split.split(key, parts(null, null, null, List.of(UUID.randomUUID()), null)),
                BadRequestException.class, key);
        assertRefusedAndUntouched(w, () -> split.split(key, parts(null, null, null, null, List.of(other.files().get(0).key()))),
                BadRequestException.class, other.files().get(0).key());
        assertRefusedAndUntouched(w, () -> split.split(key, new SplitParts(" ", null, null, null, null, null,
                List.of(w.block().id()), null, null, null, null)), BadRequestException.class, "title");
        assertRefusedAndUntouched(w, () -> split.split(key, new SplitParts("x", null, "fraud", "no-such-type", null, null,
                List.of(w.block().id()), null, null, null, null)), BadRequestException.class, "fraud/no-such-type");
        assertRefusedAndUntouched(w, () -> split.split(key, new SplitParts("x", null, null, null, null, null,
                List.of(w.block().id()), null, null, null, w.incident().version() - 1)),
                ObjectOptimisticLockingFailureException.class, null);
    }

    @Test
    void refusesToSplitAClosedIncident() {
        Wave w = wave();
        tasks.setState(w.incident().key(), w.block().id(), TaskState.CANCELLED, w.block().version());
        tasks.setState(w.incident().key(), w.takedown().id(), TaskState.CANCELLED, w.takedown().version());
        ReviewFixtures.completeReview(reviews, w.incident().key());
        incidents.transition(w.incident().key(), IncidentStatus.CLOSED, Resolution.NO_ACTION, null);
        long before = journal.entries(w.incident().key(), List.of(), false, false).size();
        assertThatThrownBy(() -> split.split(w.incident().key(), parts(List.of(w.second().key()), null, null, null, null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> refusedWith(e, w.incident().key()));
        assertThat(journal.entries(w.incident().key(), List.of(), false, false)).hasSize((int) before);
        assertThat(incidentReports.reports(w.incident().key())).hasSize(2);
    }

    @Test
    void onlyHandlersWhoMayChangeTheIncidentSplitIt() {
        Wave w = wave();
        signIn(details, "admin");
        String analyst = IncidentFixtures.createUser(users, Role.ANALYST).username();
        String otherHandler = IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER).username();
        signIn(details, analyst);
        assertThatThrownBy(() -> split.split(w.incident().key(), parts(List.of(w.second().key()), null, null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn(details, otherHandler);
        IncidentView red = incidents.open(IncidentFixtures.phishing("Board member's mailbox", Tlp.RED));
        TaskView task = tasks.add(red.key(), new NewTask("Reset the password", TaskKind.TASK, null, null));
        signIn(details, "admin");
        signIn(details, IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER).username());
        assertThatThrownBy(() -> split.split(red.key(), parts(null, List.of(task.id()), null, null, null)))
                .isInstanceOf(org.yagura.shared.api.NotFoundException.class);
        signIn(details, otherHandler);
        IncidentView child = split.split(red.key(), parts(null, List.of(task.id()), null, null, null));
        assertThat(child.tlp()).isEqualTo(Tlp.RED);
        assertThat(child.participants()).containsAll(incidents.get(red.key()).participants());
    }

    @Test
    void aFailureHalfWayRollsBackTheWholeSplitKeyIncluded() {
        Wave w = wave();
        doThrow(new ConflictException("artifacts.concurrent-edit", w.files().get(0).key()))
                .when(artifacts).move(any(), any(), any());
        IncidentView before = incidents.open(IncidentFixtures.phishing("Key before the split"));
        assertRefusedAndUntouched(w, () -> split.split(w.incident().key(), parts(List.of(w.second().key()),
                List.of(w.takedown().id()), List.of(w.note().seq()), List.of(w.links().get(0).observable().id()),
                List.of(w.files().get(0).key()))), ConflictException.class, w.files().get(0).key());
        IncidentView after = incidents.open(IncidentFixtures.phishing("Key after the split"));
        assertThat(number(after.key())).isEqualTo(number(before.key()) + 1);
    }

    private void assertRefusedAndUntouched(Wave w, ThrowingCallable call, Class<? extends Throwable> type,
            @org.jspecify.annotations.Nullable String named) {
        String key = w.incident().key();
        int entries = journal.entries(key, List.of(), false, false).size();
        long incidentsBefore = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
        var thrown = assertThatThrownBy(call).isInstanceOf(type);
        if (named != null && !named.isEmpty()) {
            thrown.satisfies(e -> refusedWith(e, named));
        } else if (named != null) {
            thrown.isInstanceOf(YaguraException.class);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(incidentsBefore);
        assertThat(incidents.children(key)).isEmpty();
        assertThat(journal.entries(key, List.of(), false, false)).hasSize(entries);
        assertThat(incidentReports.reports(key)).extracting(ReportView::key).containsExactly(w.first().key(), w.second().key());
        assertThat(reports.get(w.second().key()).incidentKey()).isEqualTo(key);
        assertThat(tasks.tasks(key)).extracting(TaskView::id).containsExactly(w.block().id(), w.takedown().id());
        assertThat(observables.links("incident", key)).hasSize(2);
        assertThat(artifacts.list("incidents", key)).hasSize(2);
        assertThat(incidents.get(key).version()).isEqualTo(w.incident().version());
    }

    private Wave wave() {
        ReportView first = report("Fake bank login mail");
        ReportView second = report("Fake parcel notice");
        IncidentView incident = incidentReports.openFromReports(List.of(first.key()), "fraud", "phishing", null);
        incidentReports.attachReports(incident.key(), List.of(second.key()));
        TaskView block = tasks.add(incident.key(), new NewTask("Block the sender", TaskKind.CONTAINMENT, null, null));
        TaskView takedown = tasks.add(incident.key(), new NewTask("Request the takedown", TaskKind.TASK, null, null));
        JournalEntry note = journal.add(incident.key(), new JournalService.NewJournalEntry(JournalKind.NOTE,
                "Reporter called twice", java.time.Instant.parse("2026-05-01T08:00:00Z")));
        List<org.yagura.observables.ItemResult> linked = observables.link("incident", incident.key(), List.of(NewLink.of("domain", "bank-login-check.jp"),
                new NewLink("domain", null, "parcel-notice.jp", null, null, null, List.of("wave-2"), null, "second wave")));
        assertThat(linked).extracting(org.yagura.observables.ItemResult::status).containsOnly("linked");
        List<ArtifactView> files = List.of(
                artifacts.upload("incidents", incident.key(), List.of(upload("bank.eml")), null).get(0),
                artifacts.upload("incidents", incident.key(), List.of(upload("parcel.eml")), null).get(0));
        return new Wave(incidents.get(incident.key()), first, second, block, takedown, note,
                observables.links("incident", incident.key()), files);
    }

    private static SplitParts parts(List<String> reportKeys, List<UUID> taskIds, List<Long> entries, List<UUID> observableIds,
            List<String> artifactKeys) {
        return new SplitParts("Split part", null, null, null, null, reportKeys, taskIds, entries, observableIds, artifactKeys,
                null);
    }

    private ReportView report(String summary) {
        return reports.submit(new NewReport("soc@example.jp", summary, "body", null, null, null, null, null, Tlp.AMBER),
                Channel.API, null).report();
    }

    private static Upload upload(String name) {
        byte[] content = (name + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        return new Upload(name, "message/rfc822", () -> new ByteArrayInputStream(content));
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }
}
