package org.yagura.artifacts;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yagura.shared.files.BlobStore;

/**
 * Keeps the blob store free of orphans: a blob stored for an upload that then failed is deleted again,
 * unless an artifact refers to the same content.
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

    void deleteUnlessReferenced(String sha256) {
        try {
            if (artifacts.referencesTo(sha256) == 0) {
                blobs.delete(sha256);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove blob {} after a failed upload: {}", sha256, e.toString());
        }
    }
}
