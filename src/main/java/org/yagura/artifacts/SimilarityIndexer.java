package org.yagura.artifacts;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the similarity index up to date: a finished analysis is indexed in the transaction that stores it
 * (the analyser publishes {@code artifact.analysed} inside it), and contents analysed before the index existed
 * are indexed in batches once the application is ready (ADR 015).
 */
@Component
class SimilarityIndexer {

    private static final Logger log = LoggerFactory.getLogger(SimilarityIndexer.class);
    private static final int BATCH = 500;

    private final ArtifactRepository artifacts;
    private final SimilarityRepository repository;
    private final SimilarityIndex index;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final SimilaritySettings settings;
    private final AtomicBoolean backfilling = new AtomicBoolean();

    SimilarityIndexer(ArtifactRepository artifacts, SimilarityRepository repository, SimilarityIndex index,
            TransactionTemplate transactions, JsonMapper json, SimilaritySettings settings) {
        this.artifacts = artifacts;
        this.repository = repository;
        this.index = index;
        this.transactions = transactions;
        this.json = json;
        this.settings = settings;
    }

    // synchronous, so in the analyser's transaction: the result and its index entries commit together
    @EventListener
    void on(ArtifactChanged event) {
        if (event.action().equals("artifact.analysed")) {
            artifacts.findById(event.artifactId()).map(ArtifactView::analysis).ifPresent(index::index);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfillOnStart() {
        if (settings.backfill()) {
            Thread thread = new Thread(this::backfill, "yagura-similarity-backfill");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Indexes every analysed content not indexed yet, in batches; returns how many were added. */
    int backfill() {
        if (!backfilling.compareAndSet(false, true)) {
            return 0;
        }
        int added = 0;
        try {
            while (true) {
                Integer n = transactions.execute(status -> {
                    List<String> results = repository.unindexedResults(BATCH);
                    int stored = 0;
                    for (String r : results) {
                        stored += index.index(json.readValue(r, AnalysisResult.class)) ? 1 : 0;
                    }
                    return results.isEmpty() ? -1 : stored;
                });
                if (n == null || n < 0) {
                    break;
                }
                added += n;
                if (n == 0) {
                    break; // every row of the batch was indexed by someone else meanwhile
                }
            }
        } catch (RuntimeException e) {
            log.warn("Similarity backfill stopped after {} contents: {}", added, e.toString());
        } finally {
            backfilling.set(false);
        }
        if (added > 0) {
            log.info("Similarity index: {} analysed contents indexed", added);
        }
        return added;
    }
}
