package org.yagura.artifacts;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.ProtectedRecord;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.shared.Actor;
import org.yagura.shared.HumanKeys;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.files.BlobStore;

/**
 * The front door of evidence: recording items (digital or physical), handing them over from one
 * custodian to the next with the receiver's confirmation, and verifying the integrity of stored files.
 * The chain of custody is only ever appended to.
 */
@Service
@Transactional
public class EvidenceService {

    private static final String KEY_SERIES = "EVD";

    private final EvidenceRepository evidence;
    private final ArtifactService artifacts;
    private final ArtifactRecords records;
    private final BlobStore blobs;
    private final UserService users;
    private final HumanKeys keys;
    private final AccessPolicy policy;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    EvidenceService(EvidenceRepository evidence, ArtifactService artifacts, ArtifactRecords records, BlobStore blobs,
            UserService users, HumanKeys keys, AccessPolicy policy, Validator validator, ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.artifacts = artifacts;
        this.records = records;
        this.blobs = blobs;
        this.users = users;
        this.keys = keys;
        this.policy = policy;
        this.validator = validator;
        this.events = events;
    }

    /** Records an evidence item; the user who records it is its first custodian. */
    @PreAuthorize("hasRole('ANALYST')")
    public EvidenceDetail record(NewEvidence item) {
        for (ConstraintViolation<NewEvidence> v : validator.validate(item)) {
            throw new BadRequestException("artifacts.evidence.invalid", v.getPropertyPath().toString(), v.getMessage());
        }
        AttachedRecord record = records.of(item.kindOrDefault(), item.recordKey().strip());
        if (!record.writable()) {
            throw new org.springframework.security.access.AccessDeniedException("record not writable");
        }
        ArtifactView artifact = artifactOf(item, record);
        String sha256 = lower(item.sha256());
        if (artifact != null) {
            if (sha256 != null && !sha256.equals(artifact.sha256())) {
                throw new BadRequestException("artifacts.evidence.hash.mismatch", artifact.sha256());
            }
            sha256 = artifact.sha256();
        }
        Actor actor = Actor.current();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Tlp tlp = item.tlp() == null || item.tlp().compareTo(record.tlp()) < 0 ? record.tlp() : item.tlp();
        EvidenceView created = new EvidenceView(UUID.randomUUID(), keys.next(KEY_SERIES, 5, 1).get(0), record.kind(), record.key(),
                item.description().strip(), item.type(), artifact == null ? null : artifact.id(), artifact == null ? null : artifact.key(),
                blank(item.sourceSystem()), blank(item.sourceDevice()), blank(item.sourcePerson()), blank(item.sourceLocation()),
                item.acquiredBy().strip(), item.acquiredAt().truncatedTo(ChronoUnit.MICROS), blank(item.acquisitionMethod()),
                blank(item.acquisitionTool()), sha256, lower(item.md5()), lower(item.sha1()), item.storageLocation().strip(),
                Boolean.TRUE.equals(item.legalHold()), item.retentionUntil(), blank(item.disposition()), actor.username(), tlp, actor.username(),
                policy.currentUserId().orElse(null), now, 0);
        evidence.insert(created);
        evidence.append(created.id(), new CustodyEntry(UUID.randomUUID(), 1, CustodyEntryType.ACQUIRED, null, actor.username(),
                item.acquisitionMethod(), null, sha256, null, actor.username(), now));
        events.publishEvent(new EvidenceChanged(actor, "evidence.recorded", created.id(), created.key(),
                "record: " + record.key() + "; type: " + item.type() + "; description: " + created.description()
                        + "; acquired by: " + created.acquiredBy() + " at " + created.acquiredAt()
                        + (sha256 == null ? "" : "; sha256: " + sha256) + "; kept at: " + created.storageLocation()));
        return detail(created);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public EvidenceDetail get(String key) {
        return detail(load(key));
    }

    /** The record an evidence item belongs to, as its owning module shows it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public AttachedRecord recordOf(EvidenceView item) {
        return records.of(item.recordKind(), item.recordKey());
    }

    /** Evidence items the caller may read, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public CursorPage<EvidenceView> list(CursorRequest page) {
        Instant before = page.isFirst() ? null : parseInstant(page.after(0));
        UUID beforeId = page.isFirst() ? null : parseUuid(page.after(1));
        List<EvidenceView> rows = evidence.page(before, beforeId, page.fetchSize()).stream().filter(this::readable).toList();
        return CursorPage.of(rows, page, e -> List.of(e.createdAt().toString(), e.id().toString()));
    }

    /** Asks {@code toUser} to take over the item; only the current custodian may, and only one transfer waits at a time. */
    @PreAuthorize("hasRole('ANALYST')")
    public EvidenceDetail requestTransfer(String key, String toUser, @Nullable String purpose) {
        EvidenceView item = load(key);
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
        return get(key);
    }

    /** Confirms, as the receiving user, that the item was handed over: from now on the caller is its custodian. */
    @PreAuthorize("hasRole('OBSERVER')")
    public EvidenceDetail confirmTransfer(String key) {
        EvidenceView item = load(key);
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
        return get(key);
    }

    /** Re-hashes the stored file of a digital item now and records whether it still matches the acquisition hash. */
    @PreAuthorize("hasRole('ANALYST')")
    public EvidenceDetail verify(String key) {
        EvidenceView item = load(key);
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
        return get(key);
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

    private @Nullable ArtifactView artifactOf(NewEvidence item, AttachedRecord record) {
        String artifactKey = blank(item.artifactKey());
        if (item.type() != EvidenceType.DIGITAL) {
            if (artifactKey != null) {
                throw new BadRequestException("artifacts.evidence.artifact.not-digital");
            }
            return null;
        }
        if (artifactKey == null) {
            throw new BadRequestException("artifacts.evidence.artifact.required");
        }
        ArtifactView artifact = artifacts.get(artifactKey);
        if (!artifact.recordKind().equals(record.kind()) || !artifact.recordKey().equals(record.key())) {
            throw new BadRequestException("artifacts.evidence.artifact.other-record");
        }
        return artifact;
    }

    private EvidenceView load(String key) {
        return evidence.findByKey(key).filter(this::readable)
                .orElseThrow(() -> new NotFoundException("artifacts.evidence.not-found", key));
    }

    private EvidenceDetail detail(EvidenceView item) {
        return EvidenceDetail.of(item, evidence.history(item.id()));
    }

    private boolean readable(EvidenceView e) {
        return policy.currentViewer().map(v -> policy.canRead(v, new ProtectedRecord(null, null, e.tlp(), participants(e))))
                .orElse(false) && records.readable(e.recordKind(), e.recordKey());
    }

    /** Who takes part in a TLP:RED item: whoever recorded it, holds it, or is asked to take it over. */
    private Set<UUID> participants(EvidenceView e) {
        Set<UUID> ids = new java.util.HashSet<>();
        if (e.createdById() != null) {
            ids.add(e.createdById());
        }
        if (e.tlp() == Tlp.RED) {
            CustodyEntry pending = EvidenceDetail.pending(evidence.history(e.id()));
            for (String name : pending == null ? List.of(e.custodian()) : List.of(e.custodian(), String.valueOf(pending.toUser()))) {
                users.findByUsername(name).ifPresent(u -> ids.add(u.id()));
            }
        }
        return ids;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable String lower(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    private static UUID parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }
}
