package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.Actor;
import org.yagura.shared.files.BlobStore;

/**
 * Scans one stored artifact with rule sets in one {@code yara} process (each rule set in its own
 * namespace) and replaces what those rule sets had matched in it before. The file is read where the
 * blob store keeps it, by its content address; a store without local files gets a temporary copy.
 */
@Component
class YaraScanner {

    private static final Logger log = LoggerFactory.getLogger(YaraScanner.class);

    private final YaraCommand yara;
    private final YaraRuleSetRepository ruleSets;
    private final YaraMatchRepository matches;
    private final BlobStore blobs;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    YaraScanner(YaraCommand yara, YaraRuleSetRepository ruleSets, YaraMatchRepository matches, BlobStore blobs,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.yara = yara;
        this.ruleSets = ruleSets;
        this.matches = matches;
        this.blobs = blobs;
        this.transactions = transactions;
        this.events = events;
    }

    /** The job run when an artifact arrives: every enabled rule set. Does nothing when yara is missing. */
    void scanOnArrival(UUID artifactId, String key, String sha256) {
        List<YaraRuleSetView> enabled = ruleSets.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        if (!yara.available()) {
            log.warn("yara is not installed: {} was not scanned", key);
            return;
        }
        try {
            scan(artifactId, key, sha256, enabled);
        } catch (YaraCommand.YaraScanFailed e) {
            log.warn("YARA scan of {} failed: {}", key, e.getMessage());
        }
    }

    /** Scans one artifact with the given rule sets, stores the matches, and returns how many rules matched. */
    int scan(UUID artifactId, String key, String sha256, List<YaraRuleSetView> with) {
        List<YaraHit> hits = withFile(sha256, file -> yara.scan(with.stream().map(YaraRuleSetView::source).toList(), file))
                .stream().filter(h -> h.namespace().matches("rs\\d{1,6}") && index(h.namespace()) < with.size()).toList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < with.size(); i++) {
                String namespace = "rs" + i;
                YaraRuleSetView set = with.get(i);
                List<YaraHit> own = hits.stream().filter(h -> h.namespace().equals(namespace)).toList();
                matches.replace(artifactId, set.id(), set.version(), own, now);
            }
            if (!hits.isEmpty()) {
                events.publishEvent(new ArtifactChanged(Actor.system(), "artifact.yara-matched", artifactId, key,
                        "rules: " + hits.stream().map(h -> with.get(index(h.namespace())).key() + ":" + h.rule())
                                .collect(Collectors.joining(", "))));
            }
        });
        return hits.size();
    }

    private static int index(String namespace) {
        return Integer.parseInt(namespace.substring(2));
    }

    private <T> T withFile(String sha256, java.util.function.Function<Path, T> action) {
        Optional<Path> local = blobs.localPath(sha256);
        if (local.isPresent()) {
            return action.apply(local.get());
        }
        try {
            Path copy = Files.createTempFile("yagura-yara-scan-", ".bin");
            try (InputStream in = blobs.open(sha256)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return action.apply(copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
