package org.yagura.artifacts;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.yagura.shared.Actor;
import org.yagura.shared.HumanKeys;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.NotFoundException;

/**
 * The front door of the evidence register: recording items (digital or physical) and reading them
 * with their chain of custody. Custody changes go through {@link CustodyService}.
 */
@Service
@Transactional
public class EvidenceService {

    private static final String KEY_SERIES = "EVD";

    private final EvidenceRepository evidence;
    private final ArtifactService artifacts;
    private final ArtifactRecords records;
    private final UserService users;
    private final HumanKeys keys;
    private final AccessPolicy policy;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    EvidenceService(EvidenceRepository evidence, ArtifactService artifacts, ArtifactRecords records,
            UserService users, HumanKeys keys, AccessPolicy policy, Validator validator, ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.artifacts = artifacts;
        this.records = records;
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
