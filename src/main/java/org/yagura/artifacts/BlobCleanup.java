package org.yagura.artifacts;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yagura.shared.files.BlobStore;

/**
 * Keeps the blob store free of orphans: a blob written during a transaction that rolls back is
 * deleted again, unless another artifact refers to the same content.
 */
@Component
class BlobCleanup {

    private static final Logger log = LoggerFactory.getLogger(BlobCleanup.class);
    private final BlobStore blobs;
    private final ArtifactRepository artifacts;

    BlobCleanup(BlobStore blobs, ArtifactRepository artifacts) {
        this.blobs = blobs;
        this.artifacts = artifacts;
    }

    void deleteOnRollbackUnlessReferenced(String sha256) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteUnlessReferenced(sha256);
                }
            }
        });
    }

    private void deleteUnlessReferenced(String sha256) {
        try {
            if (artifacts.referencesTo(sha256) == 0) {
                blobs.delete(sha256);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove blob {} after a rolled-back upload: {}", sha256, e.toString());
        }
    }
}
