package org.yagura.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.Tlp;
import org.yagura.shared.files.BlobStore;

/** The analysis job's limits: a timeout per analysis and a cap on analyses running at once. */
class ArtifactAnalyserTests {

    private final ArtifactRepository artifacts = mock(ArtifactRepository.class);
    private final BlobStore blobs = mock(BlobStore.class);
    private final TransactionTemplate transactions = new TransactionTemplate(mock(PlatformTransactionManager.class));
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    @Test
    void storesTheProfileOfTheStoredBlob() throws Exception {
        ArtifactView artifact = pending("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "abc.txt");
        when(blobs.open(artifact.sha256())).thenReturn(new ByteArrayInputStream("abc".getBytes()));
        new ArtifactAnalyser(artifacts, blobs, transactions, events, Duration.ofSeconds(10), 1).analyse(artifact.id());
        ArgumentCaptor<AnalysisResult> result = ArgumentCaptor.forClass(AnalysisResult.class);
        verify(artifacts).finish(eq(artifact.id()), result.capture(), any(Instant.class));
        assertThat(result.getValue().md5()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(result.getValue().mimeType()).isEqualTo("text/plain");
    }

    @Test
    void failsAnAnalysisThatRunsPastTheTimeout() throws Exception {
        ArtifactView artifact = pending("00".repeat(32), "slow.bin");
        when(blobs.open(anyString())).thenReturn(new BlockingStream(new CountDownLatch(1)));
        new ArtifactAnalyser(artifacts, blobs, transactions, events, Duration.ofMillis(300), 1).analyse(artifact.id());
        verify(artifacts).fail(eq(artifact.id()), eq("timed out after 0.3s"), any(Instant.class));
        verify(artifacts, never()).finish(any(), any(), any());
    }

    @Test
    void recordsTheReasonOfAFailure() throws Exception {
        ArtifactView artifact = pending("11".repeat(32), "gone.bin");
        when(blobs.open(anyString())).thenThrow(new java.nio.file.NoSuchFileException("blob is not in the store"));
        new ArtifactAnalyser(artifacts, blobs, transactions, events, Duration.ofSeconds(5), 1).analyse(artifact.id());
        verify(artifacts).fail(eq(artifact.id()), eq("NoSuchFileException: blob is not in the store"), any(Instant.class));
    }

    @Test
    void runsNoMoreAnalysesAtOnceThanAllowed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger opened = new AtomicInteger();
        when(blobs.open(anyString())).thenAnswer(i -> {
            opened.incrementAndGet();
            return new BlockingStream(release);
        });
        ArtifactAnalyser analyser = new ArtifactAnalyser(artifacts, blobs, transactions, events, Duration.ofSeconds(30), 2);
        ExecutorService jobs = Executors.newFixedThreadPool(3);
        // every stub is in place before the first job runs: Mockito stubbing is not safe while other threads call the mock
        java.util.List<ArtifactView> pending = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pending.add(pending(String.format("%064d", i), "f" + i));
        }
        pending.forEach(a -> jobs.submit(() -> analyser.analyse(a.id())));
        verify(blobs, timeout(5000).times(2)).open(anyString());
        Thread.sleep(300);
        assertThat(opened.get()).as("analyses running while two hold the permits").isEqualTo(2);
        release.countDown();
        verify(blobs, timeout(5000).times(3)).open(anyString());
        jobs.shutdown();
        assertThat(jobs.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private ArtifactView pending(String sha256, String name) {
        ArtifactView a = new ArtifactView(UUID.randomUUID(), "ART-2026-" + UUID.randomUUID().toString().substring(0, 5), "report",
                "RPT-2026-00001", name, null, 3, sha256, Tlp.AMBER, AnalysisStatus.PENDING, null, null, 0, null, "admin", null,
                Instant.now(), 0);
        when(artifacts.findById(a.id())).thenReturn(Optional.of(a));
        when(artifacts.start(a.id())).thenReturn(true);
        return a;
    }

    /** A stream whose reads wait until released (or interrupted), like a file on a hung network share. */
    private static final class BlockingStream extends InputStream {
        private final CountDownLatch release;

        BlockingStream(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("cancelled");
            }
            return -1;
        }
    }
}
