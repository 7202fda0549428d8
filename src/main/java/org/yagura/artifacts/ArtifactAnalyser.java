package org.yagura.artifacts;

import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.analysis.FileProfile;
import org.yagura.analysis.FileProfiler;
import org.yagura.analysis.FileType;
import org.yagura.shared.Actor;
import org.yagura.shared.files.BlobStore;

/**
 * Runs the analysis engine on one stored artifact: at most {@code yagura.artifacts.analysis.concurrency}
 * at a time, each stopped after {@code yagura.artifacts.analysis.timeout}. The result, or the reason of
 * the failure, is stored on the artifact; a failure is not retried on its own but shown, with a retry button.
 */
@Component
class ArtifactAnalyser {

    private static final Logger log = LoggerFactory.getLogger(ArtifactAnalyser.class);
    private static final int HEAD = 64 * 1024;

    private final ArtifactRepository artifacts;
    private final BlobStore blobs;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Duration timeout;
    private final Semaphore permits;
    private final ExecutorService workers;

    ArtifactAnalyser(ArtifactRepository artifacts, BlobStore blobs, TransactionTemplate transactions,
            ApplicationEventPublisher events, @Value("${yagura.artifacts.analysis.timeout:10m}") Duration timeout,
            @Value("${yagura.artifacts.analysis.concurrency:1}") int concurrency) {
        this.artifacts = artifacts;
        this.blobs = blobs;
        this.transactions = transactions;
        this.events = events;
        this.timeout = timeout;
        this.permits = new Semaphore(Math.max(1, concurrency), true);
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "yagura-analysis");
            thread.setDaemon(true);
            return thread;
        });
    }

    void analyse(UUID id) {
        var artifact = artifacts.findById(id).orElse(null);
        if (artifact == null || !artifacts.start(id)) {
            return;
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(artifact.id(), artifact.key(), null, "interrupted before the analysis started");
            return;
        }
        try {
            Future<AnalysisResult> run = workers.submit(() -> profile(artifact.sha256(), artifact.size(), artifact.fileName()));
            try {
                record(artifact.id(), artifact.key(), run.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
            } catch (TimeoutException e) {
                run.cancel(true);
                record(artifact.id(), artifact.key(), null,
                        "timed out after " + timeout.toString().substring(2).toLowerCase(java.util.Locale.ROOT));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                log.info("Analysis of {} failed: {}", artifact.key(), cause.toString());
                record(artifact.id(), artifact.key(), null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            } catch (InterruptedException e) {
                run.cancel(true);
                Thread.currentThread().interrupt();
                record(artifact.id(), artifact.key(), null, "interrupted");
            }
        } finally {
            permits.release();
        }
    }

    private AnalysisResult profile(String sha256, long size, String fileName) throws IOException {
        try (InputStream raw = blobs.open(sha256); BufferedInputStream in = new BufferedInputStream(raw, HEAD)) {
            // the head stays in the buffer and is read again by the profiler: one read of the blob
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            FileType type = FileType.of(head, head.length, fileName);
            FileProfile p = new FileProfiler().profile(in, size, List.of());
            if (!p.sha256().equals(sha256)) {
                throw new IOException("stored blob does not match its SHA-256 (" + p.sha256() + ")");
            }
            return new AnalysisResult(p.size(), p.md5(), p.sha1(), p.sha256(), p.sha512(), p.ssdeep(), p.tlsh(),
                    p.entropy(), p.entropyBlockSize(), p.blockEntropy(), type.mimeType(), type.extensionMismatch());
        }
    }

    private void record(UUID id, String key, @Nullable AnalysisResult result, @Nullable String error) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            if (result != null) {
                artifacts.finish(id, result, now);
                events.publishEvent(new ArtifactChanged(Actor.system(), "artifact.analysed", id, key,
                        "type: " + result.mimeType() + "; entropy: " + String.format(java.util.Locale.ROOT, "%.3f", result.entropy())));
            } else {
                artifacts.fail(id, String.valueOf(error), now);
                events.publishEvent(new ArtifactChanged(Actor.system(), "artifact.analysis-failed", id, key, String.valueOf(error)));
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
