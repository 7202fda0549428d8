package org.yagura.artifacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.HumanKeys;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/**
 * The front door of YARA results: the matches of an artifact or of a rule set (only those whose
 * artifact and rule set the user may both read), and retro-hunts started, followed and cancelled.
 */
@Service
@Transactional
public class YaraHuntService {

    private static final String KEY_SERIES = "HUNT";

    private final YaraService ruleSets;
    private final YaraRuleSetRepository ruleSetRows;
    private final YaraMatchRepository matches;
    private final YaraHuntRepository hunts;
    private final ArtifactService artifacts;
    private final ArtifactRepository artifactRows;
    private final YaraQueue queue;
    private final HumanKeys keys;
    private final ApplicationEventPublisher events;

    YaraHuntService(YaraService ruleSets, YaraRuleSetRepository ruleSetRows, YaraMatchRepository matches,
            YaraHuntRepository hunts, ArtifactService artifacts, ArtifactRepository artifactRows, YaraQueue queue,
            HumanKeys keys, ApplicationEventPublisher events) {
        this.ruleSets = ruleSets;
        this.ruleSetRows = ruleSetRows;
        this.matches = matches;
        this.hunts = hunts;
        this.artifacts = artifacts;
        this.artifactRows = artifactRows;
        this.queue = queue;
        this.keys = keys;
        this.events = events;
    }

    /** What the rule sets the user may read matched in an artifact; 404 when the artifact is hidden. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<YaraMatchView> matchesOfArtifact(String artifactKey) {
        ArtifactView artifact = artifacts.get(artifactKey);
        Map<UUID, Boolean> readable = new HashMap<>();
        return matches.byArtifact(artifact.id()).stream()
                .filter(m -> readable.computeIfAbsent(m.ruleSetId(),
                        id -> ruleSetRows.findById(id).map(ruleSets::readable).orElse(false)))
                .map(YaraMatchRepository.Row::view).toList();
    }

    /** True while an artifact waits for (or is in) its scan on arrival. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public boolean scanPending(String artifactKey) {
        return hunts.scanPending(artifacts.get(artifactKey).id());
    }

    /** The latest matches of a rule set (at most {@code limit}) in artifacts the user may read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<YaraMatchView> matchesOfRuleSet(String ruleSetKey, int limit) {
        YaraRuleSetView set = ruleSets.get(ruleSetKey);
        Map<UUID, Boolean> readable = new HashMap<>();
        return matches.byRuleSet(set.id(), Math.max(1, Math.min(limit, 1000))).stream()
                .filter(m -> readable.computeIfAbsent(m.artifactId(),
                        id -> artifactRows.findById(id).map(artifacts::readable).orElse(false)))
                .map(YaraMatchRepository.Row::view).toList();
    }

    /**
     * Starts a retro-hunt of one rule set (enabled or not), or of every enabled one when
     * {@code ruleSetKey} is null, over all artifacts stored until now. 503 without yara; 409 when there
     * is no enabled rule set to run.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public YaraHuntView start(@Nullable String ruleSetKey) {
        if (!ruleSets.available()) {
            throw YaraUnavailable.create();
        }
        YaraRuleSetView set = ruleSetKey == null || ruleSetKey.isBlank() ? null : ruleSets.get(ruleSetKey);
        if (set == null && !ruleSetRows.anyEnabled()) {
            throw new ConflictException("yara.hunt.nothing-enabled");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        String key = keys.next(KEY_SERIES, 4, 1).get(0);
        int total = hunts.countArtifacts(now);
        Actor actor = Actor.current();
        hunts.insert(id, key, set == null ? null : set.id(), total, actor.username(), now);
        queue.hunt(id);
        events.publishEvent(new YaraHuntChanged(actor, "yara.hunt-started", id, key,
                "rule sets: " + (set == null ? "all enabled" : set.key()) + "; artifacts: " + total));
        return hunts.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public YaraHuntView hunt(String key) {
        return hunts.findByKey(key).filter(this::readable).orElseThrow(() -> new NotFoundException("yara.hunt.not-found", key));
    }

    /** The latest hunts, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<YaraHuntView> recent(int limit) {
        return hunts.recent(Math.max(1, Math.min(limit, 200))).stream().filter(this::readable).toList();
    }

    /** Asks a hunt to stop after the file it is scanning; 409 when it has already ended. */
    @PreAuthorize("hasRole('ANALYST')")
    public YaraHuntView cancel(String key) {
        YaraHuntView hunt = hunt(key);
        if (!hunts.requestCancel(hunt.id(), Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            throw new ConflictException("yara.hunt.finished", key);
        }
        events.publishEvent(new YaraHuntChanged(Actor.current(), "yara.hunt-cancelled", hunt.id(), key,
                "scanned: " + hunt.done() + "/" + hunt.total()));
        return hunts.findById(hunt.id()).orElseThrow();
    }

    /** A hunt of one rule set is visible to those who may read the rule set; a hunt of all enabled ones to every observer. */
    private boolean readable(YaraHuntView hunt) {
        return hunt.ruleSetId() == null
                || Optional.ofNullable(hunt.ruleSetId()).flatMap(ruleSetRows::findById).map(ruleSets::readable).orElse(false);
    }
}
