package org.yagura.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Alters the stored trail behind the application's back, as an attacker with database access would,
 * and checks that every way of verifying names the exact entry. Each test puts the row back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMINISTRATOR")
class AuditTamperingTests {

    private final AuditTrail trail;
    private final AuditVerifyCommand command;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;
    private long tampered;
    private AuditEntryView tamperedEntry;
    private Map<String, Object> original = Map.of();

    @Autowired
    AuditTamperingTests(AuditTrail trail, AuditVerifyCommand command, JdbcTemplate jdbc, MockMvc mvc) {
        this.trail = trail;
        this.command = command;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    @BeforeEach
    void appendSomeEntries() {
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            AuditEntryView entry = trail.append(AuditFixtures.change("tamper", "sample.updated", subject + "-" + i));
            if (i == 2) {
                tamperedEntry = entry;
                tampered = entry.seq();
            }
        }
        assertThat(trail.verify().intact()).isTrue();
        original = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", tampered);
    }

    @AfterEach
    void restoreTheRow() {
        jdbc.update("DELETE FROM audit_entry WHERE seq = ?", tampered);
        List<String> columns = List.copyOf(original.keySet());
        jdbc.update("INSERT INTO audit_entry (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                columns.stream().map(original::get).toArray());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void namesTheEntryWhoseSummaryWasAltered() {
        jdbc.update("UPDATE audit_entry SET summary = 'x' WHERE seq = ?", tampered);

        AuditVerification result = trail.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(tampered);
        assertThat(result.entries()).isGreaterThanOrEqualTo(tampered + 2);
    }

    @Test
    void reportsTheAlteredEntryThroughTheApi() throws Exception {
        jdbc.update("UPDATE audit_entry SET summary = 'x' WHERE seq = ?", tampered);

        mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenEntry").value(tampered))
                .andExpect(jsonPath("$.entries").isNumber());
    }

    @Test
    void commandLineExitsWithOneAndNamesTheAlteredEntry() {
        jdbc.update("UPDATE audit_entry SET summary = 'x' WHERE seq = ?", tampered);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\\b" + tampered + "\\b").hasLineCount(1);
    }

    @Test
    void namesTheEntryThatWasDeleted() {
        jdbc.update("DELETE FROM audit_entry WHERE seq = ?", tampered);

        AuditVerification result = trail.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(tampered);
    }

    @Test
    void namesTheNextEntryWhenTheAlteredEntrysHashWasRecomputed() {
        ChainedEntry forged = new ChainedEntry(tamperedEntry.seq(), tamperedEntry.occurredAt(), tamperedEntry.actor(),
                tamperedEntry.clientAddress(), tamperedEntry.action(), tamperedEntry.subjectType(),
                tamperedEntry.subjectId(), "x", tamperedEntry.prevHash());
        jdbc.update("UPDATE audit_entry SET summary = 'x', hash = ? WHERE seq = ?", forged.computeHash(), tampered);

        AuditVerification result = trail.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(tampered + 1);
    }
}
