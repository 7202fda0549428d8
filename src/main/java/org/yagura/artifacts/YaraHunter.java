package org.yagura.artifacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yagura.shared.Actor;

/**
 * Runs a retro-hunt: walks the artifacts stored before the hunt started, in batches, scans each and
 * records the progress after every file, so that the page and the API follow it and a restarted job
 * continues where it stopped. A cancellation is noticed after the file being scanned.
 */
@Component
class YaraHunter {

    private static final Logger log = LoggerFactory.getLogger(YaraHunter.class);
    private static final int BATCH = 50;

    private final YaraHuntRepository hunts;
    private final YaraRuleSetRepository ruleSets;
    private final YaraScanner scanner;
    private final YaraCommand yara;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    YaraHunter(YaraHuntRepository hunts, YaraRuleSetRepository ruleSets, YaraScanner scanner, YaraCommand yara,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.hunts = hunts;
        this.ruleSets = ruleSets;
        this.scanner = scanner;
        this.yara = yara;
        this.transactions = transactions;
        this.events = events;
    }

    void run(UUID id) {
        YaraHuntView hunt = hunts.findById(id).orElse(null);
        if (hunt == null || hunt.status().finished() || !hunts.start(id)) {
            return;
        }
        List<YaraRuleSetView> with = hunt.ruleSetId() == null ? ruleSets.enabled()
                : ruleSets.findById(hunt.ruleSetId()).stream().toList();
        if (!yara.available()) {
            end(hunt, YaraHuntStatus.FAILED, "yara is not installed");
            return;
        }
        if (with.isEmpty()) {
            end(hunt, YaraHuntStatus.DONE, null);
            return;
        }
        YaraHuntRepository.Cursor cursor = hunts.cursor(id);
        while (true) {
            List<YaraHuntRepository.Target> batch = hunts.artifacts(hunt.createdAt(), cursor == null ? null : cursor.at(),
                    cursor == null ? null : cursor.id(), BATCH);
            if (batch.isEmpty()) {
                end(hunt, YaraHuntStatus.DONE, null);
                return;
            }
            for (YaraHuntRepository.Target target : batch) {
                int matched = 0;
                String error = null;
                try {
                    matched = scanner.scan(target.id(), target.key(), target.sha256(), with);
                } catch (RuntimeException e) {
                    log.info("Hunt {}: scan of {} failed: {}", hunt.key(), target.key(), e.getMessage());
                    error = truncate(target.key() + ": " + e.getMessage());
                }
                if (hunts.progress(id, target, matched, error)) {
                    end(hunt, YaraHuntStatus.CANCELLED, null);
                    return;
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            YaraHuntRepository.Target last = batch.get(batch.size() - 1);
            cursor = new YaraHuntRepository.Cursor(last.createdAt(), last.id());
        }
    }

    private void end(YaraHuntView hunt, YaraHuntStatus status, @Nullable String error) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(s -> {
            hunts.finish(hunt.id(), status, error, now);
            YaraHuntView ended = hunts.findById(hunt.id()).orElse(hunt);
            events.publishEvent(new YaraHuntChanged(Actor.system(), "yara.hunt-finished", hunt.id(), hunt.key(),
                    "status: " + status + "; scanned: " + ended.done() + "/" + ended.total() + "; matches: " + ended.matches()
                            + "; errors: " + ended.errors() + (error == null ? "" : "; reason: " + error)));
        });
    }

    private static String truncate(String s) {
        return s.length() > 1900 ? s.substring(0, 1900) + "…" : s;
    }
}
