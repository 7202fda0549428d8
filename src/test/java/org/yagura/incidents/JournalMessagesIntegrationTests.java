package org.yagura.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yagura.incidents.IncidentFixtures.phishing;
import static org.yagura.incidents.IncidentFixtures.signIn;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.incidents.report.IncidentReportDocumentService;
import org.yagura.taxonomy.TaxonomyFixtures;

/** System journal entries are stored as message key + arguments and read in the reader's language. */
@SpringBootTest
class JournalMessagesIntegrationTests {

    @Autowired IncidentService incidents;
    @Autowired JournalService journal;
    @Autowired TaskService tasks;
    @Autowired IncidentSlaService sla;
    @Autowired IncidentMerge merge;
    @Autowired IncidentReportDocumentService reports;
    @Autowired org.yagura.incidents.statement.MediaStatementService statements;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        signIn(details, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theSameEntryReadsInJapaneseForAJapaneseReaderAndInEnglishForAnEnglishOne() {
        IncidentView v = incidents.open(phishing("Fake bank mail"));
        incidents.update(v.key(), v.fields().withTitle("Fake bank mail to sales"), null);
        incidents.transition(v.key(), IncidentStatus.ANALYSIS, null, null);
        sla.pause(v.key());

        LocaleContextHolder.setLocale(Locale.JAPANESE);
        List<String> ja = bodies(v.key());
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<String> en = bodies(v.key());

        assertThat(en).containsExactly(
                "opened: Fake bank mail; classification: fraud/phishing; priority: P2; tlp: AMBER",
                "title: Fake bank mail → Fake bank mail to sales",
                "status: NEW → ANALYSIS",
                "waiting for the constituent: SLA clocks paused");
        assertThat(ja).containsExactly(
                "起票: Fake bank mail（分類: fraud/phishing、優先度: P2、TLP: AMBER）",
                "件名: Fake bank mail → Fake bank mail to sales",
                "ステータス: 新規 → 分析",
                "依頼元の回答待ち: SLA の計測を一時停止");
        List<JournalEntry> entries = journal.entries(v.key(), List.of(), false, false, Locale.JAPANESE);
        assertThat(entries).extracting(e -> e.message().key()).containsExactly("incidents.journal.sys.opened",
                "incidents.journal.sys.list", "incidents.journal.sys.status", "incidents.journal.sys.sla-paused");
        // stored: the key, the arguments and the English text; the audit trail keeps English
        assertThat(jdbc.sql("SELECT body FROM incident_journal WHERE incident_id = ? AND seq = 3").param(v.id())
                .query(String.class).single()).isEqualTo("status: NEW → ANALYSIS");
        assertThat(TaxonomyFixtures.awaitAudit(jdbc, "incident.moved", v.key())).contains("status: NEW → ANALYSIS");
    }

    @Test
    void tasksAndSeveralFieldChangesAreListedInTheReadersLanguage() {
        IncidentView v = incidents.open(phishing("Task journal"));
        TaskView task = tasks.add(v.key(), new NewTask("Block the sender", TaskKind.CONTAINMENT, "admin", null));
        tasks.setState(v.key(), task.id(), TaskState.DONE, task.version());
        IncidentFields f = incidents.get(v.key()).fields();
        incidents.update(v.key(), new IncidentFields("Task journal 2", f.description(), f.classKey(), f.typeKey(), f.impact(),
                f.urgency(), org.yagura.shared.Tlp.GREEN, f.pap(), "Example Corp", f.affectedOrganisation(), f.assignee(),
                f.teamId(), f.parentKey(), f.occurredAt(), f.detectedAt(), f.reportedAt(), f.confidentiality(), f.integrity(),
                f.availability(), f.businessImpact(), f.servicesAffected(), f.assetsAffected(), false, null), null);
        List<String> en = journal.entries(v.key(), List.of(JournalKind.TASK, JournalKind.FIELD), false, false, Locale.ENGLISH)
                .stream().map(JournalEntry::body).toList();
        List<String> ja = journal.entries(v.key(), List.of(JournalKind.TASK, JournalKind.FIELD), false, false, Locale.JAPANESE)
                .stream().map(JournalEntry::body).toList();
        assertThat(en).containsExactly("CONTAINMENT added: Block the sender; owner: admin",
                "task Block the sender: OPEN → DONE",
                "title: Task journal → Task journal 2; tlp: AMBER → GREEN; constituency: ∅ → Example Corp");
        assertThat(ja).containsExactly("封じ込め策を追加: Block the sender ／ 担当: admin",
                "タスク「Block the sender」: 未完了 → 完了",
                "件名: Task journal → Task journal 2 ／ TLP: AMBER → GREEN ／ 対象組織: ∅ → Example Corp");
    }

    @Test
    void entriesWrittenBeforeMessagesExistedShowAsWritten() {
        IncidentView v = incidents.open(phishing("Legacy journal"));
        jdbc.sql("INSERT INTO incident_journal (id, incident_id, seq, kind, body, occurred_at, recorded_at, recorded_by)"
                        + " VALUES (?, ?, 99, 'STATUS', 'status: OPEN → CLOSED', ?, ?, 'admin')")
                .params(UUID.randomUUID(), v.id(), Timestamp.from(Instant.now()), Timestamp.from(Instant.now())).update();
        JournalEntry legacy = journal.entries(v.key(), List.of(), false, false, Locale.JAPANESE).get(1);
        assertThat(legacy.body()).isEqualTo("status: OPEN → CLOSED");
        assertThat(legacy.message()).isNull();
        jdbc.sql("UPDATE incident_journal SET message_key = 'incidents.journal.sys.status', message_args = 'not json'"
                + " WHERE incident_id = ? AND seq = 99").param(v.id()).update();
        assertThat(journal.entries(v.key(), List.of(), false, false, Locale.JAPANESE).get(1).body())
                .as("a damaged row falls back to its English body").isEqualTo("status: OPEN → CLOSED");
    }

    @Test
    void mergedEntriesKeepTheirMessageAndTheReportFollowsItsLanguage() {
        IncidentView from = incidents.open(phishing("Merge source"));
        IncidentView into = incidents.open(phishing("Merge target"));
        incidents.transition(from.key(), IncidentStatus.OPEN, null, null);
        merge.merge(from.key(), into.key());
        List<String> ja = journal.entries(into.key(), List.of(), false, false, Locale.JAPANESE).stream()
                .map(JournalEntry::body).toList();
        assertThat(ja).contains("[" + from.key() + " #2、admin] ステータス: 新規 → オープン",
                "インシデント " + from.key() + " を統合（タスク: 0 件、報告: 0 件）");
        assertThat(journal.entries(from.key(), List.of(), false, false, Locale.ENGLISH)).extracting(JournalEntry::body)
                .contains("merged into " + into.key() + "; tasks moved: 0; reports moved: 0; status: CLOSED (DUPLICATE)");

        String markdownJa = new String(reports.markdown(into.key(), Locale.JAPANESE, ZoneId.of("Asia/Tokyo")), StandardCharsets.UTF_8);
        String markdownEn = new String(reports.markdown(into.key(), Locale.ENGLISH, ZoneId.of("UTC")), StandardCharsets.UTF_8);
        assertThat(markdownJa).contains("ステータス: 新規 → オープン").doesNotContain("status: NEW → OPEN");
        assertThat(markdownEn).contains("status: NEW → OPEN").doesNotContain("ステータス");

        String pdfJa = pdfText(reports.pdf(into.key(), Locale.JAPANESE, ZoneId.of("Asia/Tokyo")));
        String pdfEn = pdfText(reports.pdf(into.key(), Locale.ENGLISH, ZoneId.of("UTC")));
        assertThat(pdfJa).contains("ステータス:新規→オープン").doesNotContain("status:NEW→OPEN");
        assertThat(pdfEn).contains("status:NEW→OPEN").doesNotContain("ステータス:新規");
    }

    @Test
    void entriesOfOtherPartsOfTheModuleAreMessagesToo() {
        IncidentView v = incidents.open(phishing("Statement journal"));
        statements.draft(v.key(), new org.yagura.incidents.statement.MediaStatementDraft("お知らせ", "本文", "ja"));
        assertThat(journal.entries(v.key(), List.of(JournalKind.COMMUNICATION), false, false, Locale.JAPANESE))
                .extracting(JournalEntry::body).containsExactly("公表文（ja）「お知らせ」を起案");
        assertThat(journal.entries(v.key(), List.of(JournalKind.COMMUNICATION), false, false, Locale.ENGLISH))
                .extracting(JournalEntry::body).containsExactly("media statement (ja) \"お知らせ\" drafted");
    }

    /** The text of a PDF without white space, which the table layout breaks where it likes. */
    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> bodies(String key) {
        return journal.entries(key, List.of(), false, false).stream().map(JournalEntry::body).toList();
    }
}
