package org.yagura.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;
import org.yagura.shared.api.NotFoundException;

/**
 * The front door of the YARA rule repository: rule sets created, edited, imported, validated, enabled
 * and disabled, each change audited. Rules are compiled by {@code yara} before they are stored, outside
 * any transaction; rules that do not compile are never stored.
 */
@Service
@Transactional
public class YaraService {

    private static final String KEY_SERIES = "YR";
    private static final int MAX_TAGS = 20;

    private final YaraRuleSetRepository ruleSets;
    private final YaraRuleCheck check;
    private final HumanKeys keys;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    YaraService(YaraRuleSetRepository ruleSets, YaraRuleCheck check, HumanKeys keys, AccessPolicy policy,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.ruleSets = ruleSets;
        this.check = check;
        this.keys = keys;
        this.policy = policy;
        this.events = events;
        this.transactions = transactions;
    }

    /** True when the {@code yara} command is installed on this node. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean available() {
        return check.available();
    }

    /** The rule sets the user may read, by key. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public CursorPage<YaraRuleSetView> list(CursorRequest page) {
        // the cursor follows the rows read, so that hidden rule sets never end a page early
        CursorPage<YaraRuleSetView> fetched = CursorPage.of(ruleSets.list(page.isFirst() ? "" : page.after(0), page.fetchSize()),
                page, r -> List.of(r.key()));
        return new CursorPage<>(fetched.items().stream().filter(this::readable).toList(), fetched.next());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public YaraRuleSetView get(String key) {
        return ruleSets.findByKey(key).filter(this::readable)
                .orElseThrow(() -> new NotFoundException("yara.rule-set.not-found", key));
    }

    /** Compiles rules without storing them. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public YaraValidation validate(@Nullable String source) {
        return check.check(source == null ? "" : source);
    }

    /** Creates a rule set from rules that compile; 400 with the compiler's errors and their lines otherwise. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public YaraRuleSetView create(YaraRuleSetRequest request) {
        String source = Objects.requireNonNullElse(request.source(), "");
        String name = name(request.name());
        YaraValidation result = compiled(source);
        Actor actor = Actor.current();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID creator = policy.currentUserId().orElse(null);
        return Objects.requireNonNull(transactions.execute(s -> insert(new YaraRuleSetView(UUID.randomUUID(), "", name,
                description(request.description()), source, result.ruleNames(), tags(request.tags()),
                request.tlp() == null ? Tlp.AMBER : request.tlp(), Boolean.TRUE.equals(request.enabled()), actor.username(),
                creator, now, actor.username(), now, 0), actor, "")));
    }

    /**
     * Imports one rule file or a zip of them: one rule set per {@code .yar}/{@code .yara} file, named after it,
     * all or none. 400 when a member's name could leave a directory or any file does not compile.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public List<YaraRuleSetView> importRules(String fileName, InputStream content, @Nullable Tlp tlp,
            @Nullable List<String> tags, boolean enabled) {
        List<YaraRuleArchive.RuleFile> files;
        try {
            files = YaraRuleArchive.read(fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<YaraProblem> problems = new ArrayList<>();
        List<YaraValidation> results = new ArrayList<>();
        for (YaraRuleArchive.RuleFile file : files) {
            YaraValidation result = check.check(file.source());
            result.problems().stream().filter(YaraProblem::error).forEach(p -> problems.add(p.inFile(file.name())));
            results.add(result);
        }
        if (!problems.isEmpty()) {
            throw new YaraRulesInvalid(problems);
        }
        Actor actor = Actor.current();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID creator = policy.currentUserId().orElse(null);
        List<String> labels = tags(tags);
        return Objects.requireNonNull(transactions.execute(s -> {
            List<YaraRuleSetView> created = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                created.add(insert(new YaraRuleSetView(UUID.randomUUID(), "", name(files.get(i).name()), null,
                        files.get(i).source(), results.get(i).ruleNames(), labels, tlp == null ? Tlp.AMBER : tlp, enabled,
                        actor.username(), creator, now, actor.username(), now, 0), actor, "; imported from: " + fileName));
            }
            return created;
        }));
    }

    /** Edits a rule set; fields left null keep their value. New rules must compile; a stale {@code version} is a 409. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public YaraRuleSetView update(String key, YaraRuleSetRequest request) {
        YaraRuleSetView old = get(key);
        if (request.version() != null && request.version() != old.version()) {
            throw new ConflictException("yara.rule-set.changed", key);
        }
        String source = request.source() == null ? old.source() : request.source();
        boolean enabled = request.enabled() == null ? old.enabled() : request.enabled();
        List<String> ruleNames = old.ruleNames();
        if (!source.equals(old.source()) || (enabled && !old.enabled())) {
            ruleNames = compiled(source).ruleNames();
        }
        YaraRuleSetView changed = new YaraRuleSetView(old.id(), old.key(),
                request.name() == null ? old.name() : name(request.name()),
                request.description() == null ? old.description() : description(request.description()), source, ruleNames,
                request.tags() == null ? old.tags() : tags(request.tags()), request.tlp() == null ? old.tlp() : request.tlp(),
                enabled, old.createdBy(), old.createdById(), old.createdAt(), Actor.current().username(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), old.version());
        return save(old, changed);
    }

    /** Turns scanning of new artifacts with a rule set on or off; turning it on compiles it again first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ANALYST')")
    public YaraRuleSetView enable(String key, boolean enabled) {
        return update(key, new YaraRuleSetRequest(null, null, null, null, null, enabled, null));
    }

    /** Deletes a rule set and its matches. */
    @PreAuthorize("hasRole('ANALYST')")
    public void delete(String key) {
        YaraRuleSetView old = get(key);
        ruleSets.delete(old.id());
        events.publishEvent(new YaraRuleSetChanged(Actor.current(), "yara.rule-set-deleted", old.id(), key,
                "name: " + old.name() + "; rules: " + old.ruleNames().size()));
    }

    private YaraRuleSetView save(YaraRuleSetView old, YaraRuleSetView changed) {
        return Objects.requireNonNull(transactions.execute(s -> {
            if (!ruleSets.update(changed, old.version())) {
                throw new ConflictException("yara.rule-set.changed", old.key());
            }
            String action = old.enabled() != changed.enabled() && old.source().equals(changed.source())
                    && old.name().equals(changed.name())
                    ? (changed.enabled() ? "yara.rule-set-enabled" : "yara.rule-set-disabled") : "yara.rule-set-updated";
            events.publishEvent(new YaraRuleSetChanged(Actor.current(), action, old.id(), old.key(), YaraChanges.between(old, changed)));
            return ruleSets.findById(old.id()).orElseThrow();
        }));
    }

    private YaraRuleSetView insert(YaraRuleSetView draft, Actor actor, String origin) {
        String key = keys.next(KEY_SERIES, 4, 1).get(0);
        YaraRuleSetView r = new YaraRuleSetView(draft.id(), key, draft.name(), draft.description(), draft.source(),
                draft.ruleNames(), draft.tags(), draft.tlp(), draft.enabled(), draft.createdBy(), draft.createdById(),
                draft.createdAt(), draft.updatedBy(), draft.updatedAt(), 0);
        ruleSets.insert(r);
        events.publishEvent(new YaraRuleSetChanged(actor, "yara.rule-set-created", r.id(), key, "name: " + r.name()
                + "; rules: " + String.join(", ", r.ruleNames()) + "; tlp: " + r.tlp() + "; enabled: " + r.enabled() + origin));
        return ruleSets.findById(r.id()).orElseThrow();
    }

    private YaraValidation compiled(String source) {
        YaraValidation result = check.check(source);
        if (!result.valid()) {
            throw new YaraRulesInvalid(result.problems());
        }
        return result;
    }

    boolean readable(YaraRuleSetView r) {
        return policy.currentViewer().map(v -> policy.canRead(v, new ProtectedRecord(null, null, r.tlp(),
                r.createdById() == null ? Set.of() : Set.of(r.createdById())))).orElse(false);
    }

    private static String name(@Nullable String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new BadRequestException("yara.name.required");
        }
        if (n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("yara.name.invalid");
        }
        return n;
    }

    private static @Nullable String description(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 4000) {
            throw new BadRequestException("yara.description.too-long", 4000);
        }
        return text.strip();
    }

    static List<String> tags(@Nullable List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        List<String> clean = tags.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (clean.size() > MAX_TAGS || clean.stream().anyMatch(t -> !t.matches("[\\p{L}\\p{N}_.:/+-]{1,50}"))) {
            throw new BadRequestException("yara.tags.invalid", MAX_TAGS);
        }
        return clean;
    }
}
