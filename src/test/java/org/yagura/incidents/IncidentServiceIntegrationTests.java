package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.incidents.IncidentFixtures.phishing;
import static org.yagura.incidents.IncidentFixtures.signIn;
import static org.yagura.incidents.review.ReviewFixtures.completeReview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.Role;
import org.yagura.incidents.review.ReviewService;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.intake.Channel;
import org.yagura.intake.NewReport;
import org.yagura.intake.ReportService;
import org.yagura.intake.ReportView;
import org.yagura.intake.TriageDecision;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.api.YaguraException;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.TaxonomyFixtures;
import org.yagura.taxonomy.Urgency;

@SpringBootTest
class IncidentServiceIntegrationTests {

    @Autowired IncidentService incidents;
    @Autowired IncidentReportService incidentReports;
    @Autowired TaskService tasks;
    @Autowired JournalService journal;
    @Autowired PlaybookService playbooks;
    @Autowired IncidentMerge merge;
    @Autowired ReportService reports;
    @Autowired UserService users;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @Autowired ReviewService reviews;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(details, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void givesGapFreeKeysToIncidentsOpenedConcurrently() throws Exception {
        int threads = 6;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<List<String>> work = () -> {
                signIn(details, "admin");
                try {
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        keys.add(incidents.open(phishing("concurrent " + thread + "/" + i)).key());
                    }
                    return keys;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            futures.add(pool.submit(work));
        }
        Set<Integer> numbers = new TreeSet<>();
        for (Future<List<String>> f : futures) {
            for (String key : f.get()) {
                assertThat(key).matches("IR-\\d{4}-\\d{4}");
                numbers.add(Integer.parseInt(key.substring(8)));
            }
        }
        pool.shutdown();
        assertThat(numbers).hasSize(threads * each);
        int first = numbers.iterator().next();
        int last = ((TreeSet<Integer>) numbers).last();
        assertThat(last - first).isEqualTo(threads * each - 1);
    }

    @Test
    void derivesThePriorityFromTheMatrixAndJournalsEveryChange() {
        IncidentView v = incidents.open(IncidentFields.of("Web defacement", "intrusions", "system-compromise",
                Impact.CRITICAL, Urgency.CRITICAL, Tlp.AMBER));
        assertThat(v.priority()).isEqualTo(Priority.P1);
        IncidentView changed = incidents.update(v.key(), v.fields().withTitle("Web defacement of www"), v.version());
        assertThat(changed.version()).isGreaterThan(v.version());
        incidents.transition(v.key(), IncidentStatus.ANALYSIS, null, null);
        List<JournalEntry> entries = journal.entries(v.key(), List.of(), false, false);
        assertThat(entries).extracting(JournalEntry::kind)
                .containsExactly(JournalKind.STATUS, JournalKind.FIELD, JournalKind.STATUS);
        assertThat(entries.get(1).body()).isEqualTo("title: Web defacement → Web defacement of www");
        assertThat(entries.get(2).body()).isEqualTo("status: NEW → ANALYSIS");
        assertThat(entries).extracting(JournalEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "incident.moved", v.key())).contains("NEW → ANALYSIS");
    }

    @Test
    void refusesAnEditMadeOnAStaleVersion() {
        IncidentView v = incidents.open(phishing("Stale edit"));
        incidents.update(v.key(), v.fields().withTitle("First edit"), v.version());
        assertThatThrownBy(() -> incidents.update(v.key(), v.fields().withTitle("Second edit"), v.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(incidents.get(v.key()).title()).isEqualTo("First edit");
    }

    @Test
    void rejectsClosingWithOpenTasksUntilTheyAreDoneOrCancelled() {
        IncidentView v = incidents.open(phishing("Tasks first"));
        TaskView task = tasks.add(v.key(), new NewTask("Block the sender", TaskKind.CONTAINMENT, "admin", null));
        assertThatThrownBy(() -> incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null))
                .isInstanceOf(ConflictException.class);
        tasks.setState(v.key(), task.id(), TaskState.DONE, task.version());
        completeReview(reviews, v.key());
        IncidentView closed = incidents.transition(v.key(), IncidentStatus.CLOSED, Resolution.RESOLVED, null);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(tasks.tasks(v.key()).get(0).doneAt()).isNotNull();
    }

    @Test
    void refusesUnknownReferencesAndWritesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
        assertThatThrownBy(() -> incidents.open(IncidentFields.of("x", "fraud", "no-such-type", Impact.LOW, Urgency.LOW,
                Tlp.GREEN))).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((YaguraException) e).arguments()).contains("fraud/no-such-type"));
        IncidentFields unknownAssignee = new IncidentFields("x", null, "fraud", "phishing", Impact.LOW, Urgency.LOW,
                Tlp.GREEN, org.yagura.taxonomy.Pap.GREEN, null, null, "nobody-here", null, null, null, null, null, null,
                null, null, null, null, null, false, null);
        assertThatThrownBy(() -> incidents.open(unknownAssignee)).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((YaguraException) e).messageKey()).isEqualTo("incidents.assignee.unknown"));
        assertThatThrownBy(() -> incidents.open(phishing("t".repeat(301)))).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((YaguraException) e).arguments()[0]).isEqualTo("title"));
        assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void keepsRedIncidentsToTheirNamedParticipants() {
        UserSummary handler = IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER);
        IncidentView red = incidents.open(phishing("Executive mailbox compromised", Tlp.RED));
        IncidentView amber = incidents.open(phishing("Ordinary phishing"));
        signIn(details, handler.username());
        assertThatThrownBy(() -> incidents.get(red.key())).isInstanceOf(NotFoundException.class);
        assertThat(incidents.get(amber.key()).key()).isEqualTo(amber.key());
        assertThat(incidents.list(IncidentFilter.of(IncidentQueue.ALL), org.yagura.shared.api.CursorRequest.first(500))
                .items()).extracting(IncidentView::key).doesNotContain(red.key()).contains(amber.key());
        signIn(details, "admin");
        incidents.addParticipant(red.key(), handler.username());
        signIn(details, handler.username());
        assertThat(incidents.get(red.key()).title()).isEqualTo("Executive mailbox compromised");
    }

    @Test
    void mergesDuplicateReportIntoIncident() {
        ReportView first = report("Phishing mail impersonating our bank");
        ReportView second = report("Same phishing mail again");
        IncidentView incident = incidentReports.openFromReports(List.of(first.key()), "fraud", "phishing", null);
        assertThat(incident.title()).isEqualTo("Phishing mail impersonating our bank");
        assertThat(incident.reportedAt()).isEqualTo(first.receivedAt());
        incidentReports.attachReports(incident.key(), List.of(second.key()));
        assertThat(incidentReports.reports(incident.key())).extracting(ReportView::key)
                .containsExactly(first.key(), second.key());
        ReportView attached = reports.get(second.key());
        assertThat(attached.decision()).isEqualTo(TriageDecision.ATTACH_TO_INCIDENT);
        assertThat(attached.incidentKey()).isEqualTo(incident.key());
        assertThat(reports.get(first.key()).decision()).isEqualTo(TriageDecision.OPEN_INCIDENT);
        assertThat(journal.entries(incident.key(), List.of(JournalKind.REPORT), true, false)).hasSize(2);
        assertThatThrownBy(() -> incidentReports.attachReports(incident.key(), List.of(second.key())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anIncidentOpenedFromARedReportIsRedAndHiddenFromEveryoneElse() {
        UserSummary author = IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER);
        UserSummary bystander = IncidentFixtures.createUser(users, Role.INCIDENT_HANDLER);
        signIn(details, author.username());
        ReportView red = reports.submit(new NewReport("vip", "CEO mailbox read by someone", null, null, null, null, null,
                null, Tlp.RED), Channel.API, null).report();
        ReportView green = report("Related public phishing page");
        IncidentView incident = incidentReports.openFromReports(List.of(green.key(), red.key()), "intrusions",
                "unprivileged-account-compromise", null);
        assertThat(incident.tlp()).isEqualTo(Tlp.RED);
        assertThat(incident.participants()).containsExactly(author.id());
        assertThat(incidents.get(incident.key()).version()).isEqualTo(incident.version());
        signIn(details, bystander.username());
        assertThatThrownBy(() -> incidents.get(incident.key())).isInstanceOf(NotFoundException.class);
        signIn(details, "admin");
        assertThatThrownBy(() -> incidents.get(incident.key())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void attachingToAClosedIncidentLeavesTheReportInTheQueue() {
        IncidentView closed = incidents.open(phishing("Closed one"));
        completeReview(reviews, closed.key());
        incidents.transition(closed.key(), IncidentStatus.CLOSED, Resolution.NO_ACTION, null);
        ReportView r = report("Late report");
        assertThatThrownBy(() -> incidentReports.attachReports(closed.key(), List.of(r.key())))
                .isInstanceOf(ConflictException.class);
        assertThat(reports.get(r.key()).incidentKey()).isNull();
        assertThat(incidentReports.reports(closed.key())).isEmpty();
    }

    @Test
    void mergesAnIncidentIntoAnotherAndLosesNothing() {
        IncidentView target = incidents.open(phishing("Phishing wave"));
        ReportView r = report("Another mail of the wave");
        IncidentView duplicate = incidentReports.openFromReports(List.of(r.key()), "fraud", "phishing", null);
        tasks.add(duplicate.key(), new NewTask("Collect headers", TaskKind.TASK, null, null));
        journal.add(duplicate.key(), new JournalService.NewJournalEntry(JournalKind.NOTE, "Reporter called twice", null));
        IncidentView after = merge.merge(duplicate.key(), target.key());
        assertThat(after.key()).isEqualTo(target.key());
        assertThat(tasks.tasks(target.key())).extracting(TaskView::title).containsExactly("Collect headers");
        assertThat(incidentReports.reports(target.key())).extracting(ReportView::key).containsExactly(r.key());
        ReportView moved = reports.get(r.key());
        assertThat(moved.incidentKey()).as("the report names the incident that goes on").isEqualTo(target.key());
        assertThat(moved.decision()).isEqualTo(TriageDecision.OPEN_INCIDENT);
        assertThat(journal.entries(target.key(), List.of(JournalKind.NOTE), true, false)).singleElement()
                .satisfies(e -> assertThat(e.body()).contains(duplicate.key(), "Reporter called twice"));
        IncidentView closed = incidents.get(duplicate.key());
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.resolution()).isEqualTo(Resolution.DUPLICATE);
        assertThat(closed.duplicateOf()).isEqualTo(target.key());
        assertThat(journal.entries(duplicate.key(), List.of(JournalKind.NOTE), true, false)).hasSize(1);
        assertThatThrownBy(() -> merge.merge(target.key(), target.key())).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> merge.merge(duplicate.key(), target.key())).isInstanceOf(ConflictException.class);
    }

    @Test
    void appliesAPlaybookInTheCallersLanguage() {
        IncidentView v = incidents.open(phishing("Playbook"));
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.JAPANESE);
        try {
            List<TaskView> created = playbooks.apply(v.key(), "phishing");
            assertThat(created).hasSize(6);
            assertThat(created.get(0).title()).isEqualTo("ヘッダーを含めフィッシングメールを保全する");
            assertThat(created.get(0).kind()).isEqualTo(TaskKind.CONTAINMENT);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(playbooks.list()).extracting(Playbook::id)
                .contains("phishing", "malware", "ddos", "system-compromise", "data-leak", "vulnerable-service");
    }

    private ReportView report(String summary) {
        return reports.submit(new NewReport("soc@example.jp", summary, "body", null, null, null, null, null, Tlp.GREEN),
                Channel.API, null).report();
    }
}
