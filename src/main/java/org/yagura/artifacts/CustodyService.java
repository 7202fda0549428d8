package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.files.BlobStore;

/**
 * The chain of custody of evidence items: handing an item from one custodian to the next, confirmed
 * by the receiving user, and verifying that a stored file still has its acquisition hash. Entries are
 * only ever appended, one at a time per item (under a lock of the item's row).
 */
@Service
@Transactional
public class CustodyService {

    private final EvidenceService register;
    private final EvidenceRepository evidence;
    private final ArtifactService artifacts;
    private final BlobStore blobs;
    private final UserService users;
    private final ApplicationEventPublisher events;

    CustodyService(EvidenceService register, EvidenceRepository evidence, ArtifactService artifacts, BlobStore blobs,
            UserService users, ApplicationEventPublisher events) {
        this.register = register;
        this.evidence = evidence;
        this.artifacts = artifacts;
        this.blobs = blobs;
        this.users = users;
        this.events = events;
    }

    /** Asks {@code toUser} to take over the item; only the current custodian may, and only one transfer waits at a time. */
    @PreAuthorize("hasRole('ANALYST')")
    public EvidenceDetail requestTransfer(String key, String toUser, @Nullable String purpose) {
        EvidenceView item = register.get(key).item();
        String me = Actor.current().username();
        UserSummary receiver = users.findByUsername(toUser.strip()).filter(UserSummary::enabled)
                .orElseThrow(() -> new BadRequestException("artifacts.evidence.transfer.unknown-user", toUser));
        if (!item.custodian().equals(me)) {
            throw new ConflictException("artifacts.evidence.transfer.not-custodian", item.custodian());
        }
        if (receiver.username().equals(me)) {
            throw new BadRequestException("artifacts.evidence.transfer.self");
        }
        evidence.lock(item.id());
        List<CustodyEntry> history = evidence.history(item.id());
        if (EvidenceDetail.pending(history) != null) {
            throw new ConflictException("artifacts.evidence.transfer.already-pending");
        }
        UUID id = UUID.randomUUID();
        append(item, history, new CustodyEntry(id, 0, CustodyEntryType.TRANSFER_REQUESTED, me, receiver.username(),
                blank(purpose), id, null, null, me, now()));
        events.publishEvent(new EvidenceChanged(Actor.current(), "evidence.transfer-requested", item.id(), key,
                "from: " + me + "; to: " + receiver.username() + (purpose == null ? "" : "; purpose: " + purpose)));
        return register.get(key);
    }

    /** Confirms, as the receiving user, that the item was handed over: from now on the caller is its custodian. */
    @PreAuthorize("hasRole('OBSERVER')")
    public EvidenceDetail confirmTransfer(String key) {
        EvidenceView item = register.get(key).item();
        evidence.lock(item.id());
        List<CustodyEntry> history = evidence.history(item.id());
        CustodyEntry pending = EvidenceDetail.pending(history);
        if (pending == null) {
            throw new ConflictException("artifacts.evidence.transfer.none-pending");
        }
        String me = Actor.current().username();
        if (!me.equals(pending.toUser())) {
            throw new org.springframework.security.access.AccessDeniedException("only " + pending.toUser() + " may confirm");
        }
        append(item, history, new CustodyEntry(UUID.randomUUID(), 0, CustodyEntryType.TRANSFER_CONFIRMED, pending.fromUser(), me,
                pending.purpose(), pending.id(), null, null, me, now()));
        evidence.changeCustodian(item.id(), me);
        events.publishEvent(new EvidenceChanged(Actor.current(), "evidence.transfer-confirmed", item.id(), key,
                "custodian: " + pending.fromUser() + " → " + me));
        return register.get(key);
    }

    /** Re-hashes the stored file of a digital item now and records whether it still matches the acquisition hash. */
    @PreAuthorize("hasRole('ANALYST')")
    public EvidenceDetail verify(String key) {
        EvidenceView item = register.get(key).item();
        if (item.type() != EvidenceType.DIGITAL || item.artifactKey() == null || item.sha256() == null) {
            throw new BadRequestException("artifacts.evidence.verify.not-digital");
        }
        String stored = artifacts.get(item.artifactKey()).sha256();
        String computed = sha256Of(stored);
        VerificationResult result = computed == null ? VerificationResult.MISSING
                : computed.equals(item.sha256()) ? VerificationResult.MATCH : VerificationResult.MISMATCH;
        evidence.lock(item.id());
        String me = Actor.current().username();
        append(item, evidence.history(item.id()), new CustodyEntry(UUID.randomUUID(), 0, CustodyEntryType.VERIFIED, null, null,
                null, null, computed, result, me, now()));
        events.publishEvent(new EvidenceChanged(Actor.current(), "evidence.verified", item.id(), key,
                "result: " + result + "; expected: " + item.sha256() + "; computed: " + computed));
        return register.get(key);
    }

    private void append(EvidenceView item, List<CustodyEntry> history, CustodyEntry entry) {
        int seq = history.isEmpty() ? 1 : history.get(history.size() - 1).seq() + 1;
        evidence.append(item.id(), new CustodyEntry(entry.id(), seq, entry.type(), entry.fromUser(), entry.toUser(),
                entry.purpose(), entry.transferId(), entry.verifiedSha256(), entry.result(), entry.actor(), entry.at()));
    }

    private @Nullable String sha256Of(String blob) {
        try (InputStream in = new DigestInputStream(blobs.open(blob), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
