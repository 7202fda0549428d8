package org.yagura.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.Role;
import org.yagura.identity.Viewer;
import org.yagura.shared.Tlp;
import org.yagura.incidents.sla.SlaClockService;
import org.yagura.shared.search.FullText;
import org.yagura.shared.search.InstantOrder;

/** Keeps the full-text index of incidents up to date and searches it with the incident list's filters. */
@Component
class IncidentTextIndex {

    private static final int MAX_JOURNAL_CHARS = 2_000_000;
    private static final String[] TEXT_FIELDS = {"title", "description", "journal"};

    private final ObjectProvider<SearchMapping> mapping;
    private final IncidentRepository incidents;
    private final JdbcClient jdbc;
    private final SlaClockService sla;

    IncidentTextIndex(ObjectProvider<SearchMapping> mapping, IncidentRepository incidents, JdbcClient jdbc, SlaClockService sla) {
        this.sla = sla;
        this.mapping = mapping;
        this.incidents = incidents;
        this.jdbc = jdbc;
    }

    /** Writes the incident's current text and filter fields to the index. */
    @Transactional(readOnly = true)
    public void index(UUID incidentId) {
        // incidents are never deleted (merged ones are closed as duplicates), so there is nothing to remove
        Optional<Incident> incident = incidents.findById(incidentId);
        if (incident.isPresent()) {
            try (SearchSession session = mapping.getObject().createSession()) {
                session.indexingPlan().addOrUpdate(document(incident.get().view()));
            }
        }
    }

    /** Rebuilds the index from the database (plain SQL, a batch of incidents per commit); returns how many were indexed. */
    @Transactional(readOnly = true)
    public long reindexAll() {
        // newest first: a search sorted newest first then fills its page from the first documents of each
        // segment and skips the rest (InstantOrder); written oldest first, every match would displace the last
        long count = 0;
        Instant before = Instant.parse("9999-12-31T00:00:00Z");
        UUID beforeId = new UUID(-1, -1);
        while (true) {
            List<UUID> ids = jdbc.sql("""
                    SELECT id FROM incident WHERE created_at < :before OR (created_at = :before AND id < :beforeId)
                    ORDER BY created_at DESC, id DESC FETCH FIRST 1000 ROWS ONLY""")
                    .param("before", java.sql.Timestamp.from(before)).param("beforeId", beforeId).query(UUID.class).list();
            if (ids.isEmpty()) {
                // a rebuild leaves many small segments, and every search pays per segment and term
                mapping.getObject().scope(IncidentDocument.class).workspace().mergeSegments();
                return count;
            }
            Map<UUID, StringBuilder> journals = new HashMap<>();
            jdbc.sql("SELECT incident_id, body FROM incident_journal WHERE incident_id IN (:ids) ORDER BY incident_id, seq")
                    .param("ids", ids)
                    .query((rs, i) -> journals.computeIfAbsent(rs.getObject(1, UUID.class), id -> new StringBuilder())
                            .append(rs.getString(2)).append('\n'))
                    .list();
            Map<UUID, List<String>> participants = new HashMap<>();
            jdbc.sql("SELECT incident_id, user_id FROM incident_participant WHERE incident_id IN (:ids)")
                    .param("ids", ids)
                    .query((rs, i) -> participants.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                            .add(rs.getObject(2, UUID.class).toString()))
                    .list();
            List<IncidentDocument> documents = jdbc.sql("SELECT * FROM incident WHERE id IN (:ids) ORDER BY created_at DESC, id DESC")
                    .param("ids", ids)
                    .query((rs, i) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        String journal = journals.getOrDefault(id, new StringBuilder()).toString();
                        return new IncidentDocument(rs, participants.getOrDefault(id, List.of()),
                                journal.length() > MAX_JOURNAL_CHARS ? journal.substring(0, MAX_JOURNAL_CHARS) : journal);
                    })
                    .list();
            try (SearchSession session = mapping.getObject().createSession()) {
                documents.forEach(session.indexingPlan()::addOrUpdate);
            }
            count += documents.size();
            IncidentDocument last = documents.get(documents.size() - 1);
            before = last.createdAt;
            beforeId = UUID.fromString(last.id);
        }
    }

    long indexedCount() {
        try (SearchSession session = mapping.getObject().createSession()) {
            return session.search(IncidentDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** How many indexed incidents were written in an older layout of the document (to be rebuilt). */
    long outdatedCount() {
        try (SearchSession session = mapping.getObject().createSession()) {
            return session.search(IncidentDocument.class)
                    .where(f -> f.bool().must(f.matchAll()).mustNot(f.match().field("layout").matching(IncidentDocument.LAYOUT)))
                    .fetchTotalHitCount();
        }
    }

    /**
     * Ids of matching incidents from {@code offset}: the incident whose key is the search text first, then the
     * incidents whose text matches, newest first; TLP:RED only for its participants. The order is a plain
     * sort on the creation instant rather than a relevance score, so a word found in 30,000 incidents costs
     * about what a rare one does (see {@link InstantOrder}).
     */
    List<UUID> search(String text, IncidentFilter filter, Viewer viewer, int offset, int limit) {
        try (SearchSession session = mapping.getObject().createSession()) {
            String key = text.strip();
            Optional<String> keyHit = session.search(IncidentDocument.class)
                    .select(f -> f.id(String.class))
                    .where(f -> predicate(f, f.match().field("key").matching(key), filter, viewer))
                    .fetchHits(1).stream().findFirst();
            // the results are the key hit followed by the text matches without it; offset and limit count in that order
            int textOffset = keyHit.isPresent() && offset > 0 ? offset - 1 : offset;
            int textLimit = keyHit.isPresent() && offset == 0 ? limit - 1 : limit;
            List<String> ids = new ArrayList<>(limit);
            if (offset == 0) {
                keyHit.ifPresent(ids::add);
            }
            if (textLimit > 0) {
                ids.addAll(session.search(IncidentDocument.class)
                        .select(f -> f.id(String.class))
                        .where(f -> {
                            var bool = predicate(f, FullText.matching(f, text, TEXT_FIELDS), filter, viewer);
                            keyHit.ifPresent(id -> bool.mustNot(f.id().matching(id)));
                            return bool;
                        })
                        .sort(f -> f.extension(LuceneExtension.get()).fromLuceneSortField(InstantOrder.newestFirst("createdOrder")))
                        .fetchHits(textOffset, textLimit));
            }
            return ids.stream().map(UUID::fromString).toList();
        }
    }

    private BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, PredicateFinalStep matching,
            IncidentFilter filter, Viewer viewer) {
        String me = viewer.userId().toString();
        var bool = f.bool()
                .filter(matching)
                .filter(f.bool()
                        .should(f.not(f.match().field("tlp").matching(Tlp.RED.name())))
                        .should(f.match().field("participants").matching(me)));
        if (viewer.role() != Role.ADMINISTRATOR && viewer.role().isStaff()) {
            var team = f.bool().should(f.not(f.exists().field("teamId"))).should(f.match().field("participants").matching(me));
            viewer.teams().forEach(t -> team.should(f.match().field("teamId").matching(t.toString())));
            bool.filter(team);
        }
        String closed = IncidentStatus.CLOSED.name();
        switch (filter.queue()) {
            case MINE -> bool.filter(f.match().field("assigneeId").matching(me)).mustNot(f.match().field("status").matching(closed));
            case UNASSIGNED -> bool.mustNot(f.exists().field("assigneeId")).mustNot(f.match().field("status").matching(closed));
            case OPEN -> bool.mustNot(f.match().field("status").matching(closed));
            case RECENTLY_CLOSED -> bool.filter(f.match().field("status").matching(closed))
                    .filter(f.range().field("closedAt").atLeast(Instant.now().minus(IncidentSearch.RECENT)));
            case AT_RISK -> {
                List<String> atRisk = sla.recordsAtRiskOrOverdue(Instant.now()).stream().map(UUID::toString).toList();
                bool.mustNot(f.match().field("status").matching(closed));
                bool.filter(atRisk.isEmpty() ? f.not(f.matchAll()) : f.id().matchingAny(atRisk));
            }
            case ALL -> { }
        }
        exact(f, bool, "status", filter.status() == null ? null : filter.status().name());
        exact(f, bool, "classKey", filter.classKey());
        exact(f, bool, "priority", filter.priority() == null ? null : filter.priority().name());
        exact(f, bool, "tlp", filter.tlp() == null ? null : filter.tlp().name());
        exact(f, bool, "assignee", filter.assignee());
        exact(f, bool, "teamId", filter.teamId() == null ? null : filter.teamId().toString());
        exact(f, bool, "constituency", filter.constituency());
        if (filter.sla() != null) {
            List<String> flagged = sla.recordsFlagged(filter.sla() == IncidentSlaFlag.BREACHED, Instant.now()).stream()
                    .map(UUID::toString).toList();
            bool.filter(flagged.isEmpty() ? f.not(f.matchAll()) : f.id().matchingAny(flagged));
        }
        if (filter.from() != null) {
            bool.filter(f.range().field("createdAt").atLeast(filter.from()));
        }
        if (filter.to() != null) {
            bool.filter(f.range().field("createdAt").lessThan(filter.to()));
        }
        return bool;
    }

    private static void exact(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f.match().field(field).matching(value));
        }
    }

    private IncidentDocument document(IncidentView view) {
        String journal = String.join("\n", jdbc.sql("SELECT body FROM incident_journal WHERE incident_id = ? ORDER BY seq")
                .param(view.id()).query(String.class).list());
        return new IncidentDocument(view, journal.length() > MAX_JOURNAL_CHARS ? journal.substring(0, MAX_JOURNAL_CHARS) : journal);
    }
}
