package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.ProtectedRecord;
import org.yagura.shared.Actor;
import org.yagura.shared.HumanKeys;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.shared.files.BlobRef;
import org.yagura.shared.files.BlobStore;

/** The front door of artifacts: storing files on a record, reading them and their analysis, downloads. */
@Service
@Transactional
public class ArtifactService {

    static final int MAX_FILES = 100;
    private static final String KEY_SERIES = "ART";

    private final ArtifactRepository artifacts;
    private final ArtifactRecords records;
    private final BlobStore blobs;
    private final BlobCleanup cleanup;
    private final AnalysisQueue queue;
    private final ProtectedZip zip;
    private final HumanKeys keys;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ArtifactService(ArtifactRepository artifacts, ArtifactRecords records, BlobStore blobs, BlobCleanup cleanup,
            AnalysisQueue queue, ProtectedZip zip, HumanKeys keys, AccessPolicy policy, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.artifacts = artifacts;
        this.records = records;
        this.blobs = blobs;
        this.cleanup = cleanup;
        this.queue = queue;
        this.zip = zip;
        this.keys = keys;
        this.policy = policy;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Stores files on a record, hashed on arrival, and queues their analysis; all files or none. The
     * artifacts take the record's TLP unless a stricter one is given. The files are copied into the
     * store before the transaction starts, so a large upload holds no connection and no lock meanwhile.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public List<ArtifactView> upload(String collection, String recordKey, List<Upload> files, @Nullable Tlp tlp) {
        AttachedRecord record = records.inCollection(collection, recordKey);
        if (!record.writable()) {
            throw new org.springframework.security.access.AccessDeniedException("record not writable");
        }
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw new BadRequestException("artifacts.files.count", MAX_FILES);
        }
        List<BlobRef> blobRefs = new ArrayList<>();
        try {
            for (Upload file : files) {
                blobRefs.add(store(file));
            }
            return transactions.execute(status -> insert(record, files, blobRefs, tlp));
        } catch (RuntimeException e) {
            blobRefs.forEach(b -> cleanup.deleteUnlessReferenced(b.sha256()));
            throw e;
        }
    }

    private List<ArtifactView> insert(AttachedRecord record, List<Upload> files, List<BlobRef> blobRefs, @Nullable Tlp tlp) {
        Tlp effective = tlp == null || tlp.compareTo(record.tlp()) < 0 ? record.tlp() : tlp;
        Actor actor = Actor.current();
        UUID creator = policy.currentUserId().orElse(null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> newKeys = keys.next(KEY_SERIES, 5, files.size());
        List<ArtifactView> stored = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            BlobRef blob = blobRefs.get(i);
            ArtifactView artifact = new ArtifactView(UUID.randomUUID(), newKeys.get(i), record.kind(), record.key(),
                    fileName(files.get(i).fileName()), blankToNull(files.get(i).declaredType()), blob.size(), blob.sha256(),
                    effective, AnalysisStatus.PENDING, null, null, 0, null, actor.username(), creator, now, 0);
            artifacts.insert(artifact);
            queue.schedule(artifact.id());
            events.publishEvent(new ArtifactChanged(actor, "artifact.uploaded", artifact.id(), artifact.key(),
                    "record: " + record.key() + "; file: " + artifact.fileName() + "; size: " + blob.size()
                            + "; sha256: " + blob.sha256() + "; tlp: " + effective));
            stored.add(artifact);
        }
        return stored;
    }

    /** The artifacts of a record, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<ArtifactView> list(String collection, String recordKey) {
        AttachedRecord record = records.inCollection(collection, recordKey);
        return artifacts.findByRecord(record.kind(), record.key()).stream().filter(this::readableItself).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public ArtifactView get(String key) {
        return artifacts.findByKey(key).filter(this::readable)
                .orElseThrow(() -> new NotFoundException("artifacts.not-found", key));
    }

    /** The record behind {@code /<collection>/<key>}, as its owning module shows it; 404 when unknown or hidden. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public AttachedRecord record(String collection, String key) {
        return records.inCollection(collection, key);
    }

    /** The record an artifact belongs to, as its owning module shows it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public AttachedRecord recordOf(ArtifactView artifact) {
        return records.of(artifact.recordKind(), artifact.recordKey());
    }

    /** Queues the analysis of an artifact again, after a failure or a newer engine; 409 while one is pending. */
    @PreAuthorize("hasRole('ANALYST')")
    public ArtifactView retryAnalysis(String key) {
        ArtifactView artifact = get(key);
        if (!artifacts.requeue(artifact.id())) {
            throw new ConflictException("artifacts.analysis.in-progress", key);
        }
        queue.schedule(artifact.id());
        events.publishEvent(new ArtifactChanged(Actor.current(), "artifact.analysis-retried", artifact.id(), key,
                "previous status: " + artifact.analysisStatus()));
        return artifacts.findById(artifact.id()).orElseThrow();
    }

    /**
     * Writes the artifact into a password-protected ZIP on {@code out}, streamed from the store. Only
     * after the caller acknowledged that the file may be malicious.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public void download(String key, boolean acknowledged, OutputStream out) {
        ArtifactView artifact = get(key);
        if (!acknowledged) {
            throw new BadRequestException("artifacts.download.acknowledge");
        }
        events.publishEvent(new ArtifactChanged(Actor.current(), "artifact.downloaded", artifact.id(), key,
                "file: " + artifact.fileName() + "; sha256: " + artifact.sha256()));
        try (InputStream in = blobs.open(artifact.sha256())) {
            zip.write(artifact.fileName(), in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves an artifact to another record (when an incident is split): the caller must be able to change
     * both records; the artifact becomes at least as restricted as its new record. Audited with both keys.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public ArtifactView move(String key, String toCollection, String toRecordKey) {
        ArtifactView artifact = get(key);
        AttachedRecord from = records.of(artifact.recordKind(), artifact.recordKey());
        AttachedRecord to = records.inCollection(toCollection, toRecordKey);
        if (!from.writable() || !to.writable()) {
            throw new org.springframework.security.access.AccessDeniedException("record not writable");
        }
        Tlp tlp = artifact.tlp().compareTo(to.tlp()) < 0 ? to.tlp() : artifact.tlp();
        if (!artifacts.move(artifact.id(), to.kind(), to.key(), tlp, artifact.version())) {
            throw new ConflictException("artifacts.concurrent-edit", key);
        }
        events.publishEvent(new ArtifactChanged(Actor.current(), "artifact.moved", artifact.id(), key,
                "record: " + from.key() + " → " + to.key() + (tlp == artifact.tlp() ? "" : "; tlp: " + artifact.tlp() + " → " + tlp)));
        return artifacts.findById(artifact.id()).orElseThrow();
    }

    /** The password of downloaded archives, to show next to the download. */
    public String zipPassword() {
        return zip.password();
    }

    private BlobRef store(Upload file) {
        try (InputStream in = file.content().open()) {
            return blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean readable(ArtifactView a) {
        return readableItself(a) && records.readable(a.recordKind(), a.recordKey());
    }

    boolean readableItself(ArtifactView a) {
        return policy.currentViewer().map(v -> policy.canRead(v, new ProtectedRecord(null, null, a.tlp(),
                a.createdById() == null ? Set.of() : Set.of(a.createdById())))).orElse(false);
    }

    /** The last segment of the name as the client sent it, without control characters, at most 255 characters. */
    static String fileName(@Nullable String name) {
        String s = name == null ? "" : name.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            s = "unnamed";
        }
        return s.length() > 255 ? s.substring(0, 255) : s;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
