package org.yagura.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/**
 * The front door for the incident classification: RSIT classes and types plus the team's own.
 * Reading is open (it is reference data, also needed by jobs); changes are for team leads and
 * administrators. Shipped entries may be deprecated but never relabelled or deleted.
 */
@Service
@Transactional
public class TaxonomyService {

    private final TaxonomyClassRepository classes;
    private final TaxonomyTypeRepository types;
    private final List<TaxonomyUsage> usages;
    private final ApplicationEventPublisher events;

    TaxonomyService(TaxonomyClassRepository classes, TaxonomyTypeRepository types, List<TaxonomyUsage> usages,
            ApplicationEventPublisher events) {
        this.classes = classes;
        this.types = types;
        this.usages = List.copyOf(usages);
        this.events = events;
    }

    /** All classes in RSIT order, then local ones, each with its types; deprecated ones only when asked. */
    @Transactional(readOnly = true)
    public List<TaxonomyClassSummary> classes(boolean includeDeprecated) {
        Map<String, List<TaxonomyTypeSummary>> byClass = types.findAllByOrderByClassKeyAscDisplayOrderAscTypeKeyAsc().stream()
                .filter(t -> includeDeprecated || !t.deprecated())
                .collect(Collectors.groupingBy(TaxonomyType::classKey,
                        Collectors.mapping(TaxonomyType::summary, Collectors.toList())));
        return classes.findAllByOrderByDisplayOrderAscClassKeyAsc().stream()
                .filter(c -> includeDeprecated || !c.deprecated())
                .map(c -> c.summary(byClass.getOrDefault(c.classKey(), List.of())))
                .toList();
    }

    /** One type by its key; unknown keys are a 404 naming the key. */
    @Transactional(readOnly = true)
    public TaxonomyTypeSummary getType(String classKey, String typeKey) {
        return loadType(TaxonomyKey.ofType(classKey, typeKey)).summary();
    }

    /** One type by its {@code class/type} key; a class key alone or an unknown key is a 404 naming the key. */
    @Transactional(readOnly = true)
    public TaxonomyTypeSummary getType(String qualifiedKey) {
        TaxonomyKey key = TaxonomyKey.parse(qualifiedKey);
        if (!key.isType()) {
            throw new NotFoundException("taxonomy.type.not-found", qualifiedKey);
        }
        return loadType(key).summary();
    }

    /** The type, if it exists and neither it nor its class is deprecated; otherwise a 400 naming the key. */
    @Transactional(readOnly = true)
    public TaxonomyTypeSummary requireActive(String classKey, String typeKey) {
        TaxonomyKey key = TaxonomyKey.ofType(classKey, typeKey);
        TaxonomyType type = types.findByClassKeyAndTypeKey(classKey, typeKey)
                .orElseThrow(() -> new BadRequestException("taxonomy.type.unknown", key.toString()));
        if (type.deprecated() || loadClass(classKey).deprecated()) {
            throw new BadRequestException("taxonomy.type.deprecated", key.toString());
        }
        return type.summary();
    }

    /** Adds a local class; a taken key is a 409. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public TaxonomyClassSummary addClass(String classKey, TaxonomyLabels labels) {
        TaxonomyKey key = TaxonomyKey.ofClass(classKey);
        if (classes.existsByClassKey(classKey)) {
            throw new ConflictException("taxonomy.key.taken", key.toString());
        }
        TaxonomyClass added = classes.saveAndFlush(new TaxonomyClass(classKey, labels));
        events.publishEvent(TaxonomyChanged.of("taxonomy.class-added", key, describe(added.labels())));
        return added.summary(List.of());
    }

    /** Adds a local type to an active class (shipped or local); a taken key is a 409. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public TaxonomyTypeSummary addType(String classKey, String typeKey, TaxonomyLabels labels) {
        TaxonomyKey key = TaxonomyKey.ofType(classKey, typeKey);
        TaxonomyClass parent = loadClass(classKey);
        if (parent.deprecated()) {
            throw new ConflictException("taxonomy.class.deprecated", classKey);
        }
        if (types.existsByClassKeyAndTypeKey(classKey, typeKey)) {
            throw new ConflictException("taxonomy.key.taken", key.toString());
        }
        TaxonomyType added = types.saveAndFlush(new TaxonomyType(parent, typeKey, labels));
        events.publishEvent(TaxonomyChanged.of("taxonomy.type-added", key, describe(added.labels())));
        return added.summary();
    }

    /** Relabels a local class or type and/or deprecates or reactivates any; returns the class with its types. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public TaxonomyClassSummary update(TaxonomyKey key, TaxonomyChange change) {
        TaxonomyEntry entry = key.isType() ? loadType(key) : loadClass(key.classKey());
        if (change.version() != null && change.version() != entry.version()) {
            throw new ObjectOptimisticLockingFailureException(entry.getClass(), key.toString());
        }
        TaxonomyLabels before = entry.labels();
        if (change.changesWording() && entry.relabel(change.applyTo(before))) {
            events.publishEvent(TaxonomyChanged.of("taxonomy.updated", key,
                    describe(before) + " → " + describe(entry.labels())));
        }
        if (change.deprecated() != null && entry.deprecate(change.deprecated())) {
            events.publishEvent(TaxonomyChanged.of(change.deprecated() ? "taxonomy.deprecated" : "taxonomy.reactivated",
                    key, describe(entry.labels())));
        }
        if (key.isType()) {
            types.saveAndFlush((TaxonomyType) entry);
        } else {
            classes.saveAndFlush((TaxonomyClass) entry);
        }
        return summaryOf(key.classKey());
    }

    /** Deletes a local class (with its types) or type that nothing uses; shipped or used ones are a 409. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    public void delete(TaxonomyKey key) {
        long uses = usages.stream().mapToLong(u -> u.countUsing(key.classKey(), key.typeKey())).sum();
        if (key.isType()) {
            TaxonomyType type = loadType(key);
            type.requireDeletable(uses);
            types.delete(type);
        } else {
            TaxonomyClass cls = loadClass(key.classKey());
            cls.requireDeletable(uses);
            List<TaxonomyType> own = types.findByClassKeyOrderByDisplayOrderAscTypeKeyAsc(key.classKey());
            own.forEach(t -> t.requireDeletable(0));
            types.deleteAll(own);
            types.flush();
            classes.delete(cls);
        }
        events.publishEvent(TaxonomyChanged.of("taxonomy.deleted", key, "key: " + key));
    }

    private TaxonomyClassSummary summaryOf(String classKey) {
        return loadClass(classKey).summary(types.findByClassKeyOrderByDisplayOrderAscTypeKeyAsc(classKey).stream()
                .map(TaxonomyType::summary).toList());
    }

    private TaxonomyClass loadClass(String classKey) {
        return classes.findByClassKey(classKey)
                .orElseThrow(() -> new NotFoundException("taxonomy.class.not-found", classKey));
    }

    private TaxonomyType loadType(TaxonomyKey key) {
        return types.findByClassKeyAndTypeKey(key.classKey(), key.typeKey())
                .orElseThrow(() -> new NotFoundException("taxonomy.type.not-found", key.toString()));
    }

    private static String describe(TaxonomyLabels labels) {
        return "en: " + labels.en() + "; ja: " + labels.ja();
    }
}
