package org.yagura.incidents;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.PolicyColumns;
import org.yagura.identity.PolicyCondition;
import org.yagura.identity.Viewer;
import org.yagura.observables.LinkedRecord;
import org.yagura.observables.LinkedRecordAccess;

/** Incidents as records that observables link to: visibility by the same policy as the incident pages. */
@Component
class IncidentRecords implements LinkedRecordAccess {

    private static final int MAX_TEXT = 1_000_000;

    private final IncidentRepository incidents;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final IncidentSearch search;

    IncidentRecords(IncidentRepository incidents, JdbcClient jdbc, AccessPolicy policy, IncidentSearch search) {
        this.incidents = incidents;
        this.search = search;
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public String kind() {
        return "incident";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedRecord> find(String key) {
        return incidents.findByIncidentKey(key).map(i -> new LinkedRecord(kind(), i.id(), i.key(), i.view().title()));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> visible(Viewer viewer, Collection<UUID> ids) {
        Set<UUID> visible = new HashSet<>();
        search.byIds(ids).stream()
                .filter(v -> policy.canRead(viewer, IncidentAccess.record(v)))
                .forEach(v -> visible.add(v.id()));
        return visible;
    }

    @Override
    public Optional<PolicyCondition> readableCondition(Viewer viewer, String idColumn) {
        return Optional.of(policy.readableCondition(viewer, new PolicyColumns("i.team_id", "i.constituency", "i.tlp",
                        "EXISTS (SELECT 1 FROM incident_participant p WHERE p.incident_id = i.id AND p.user_id = :policy_user)"))
                .wrap("EXISTS (SELECT 1 FROM incident i WHERE i.id = " + idColumn + " AND ", ")"));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean writable(Viewer viewer, UUID id) {
        return incidents.findById(id).map(i -> policy.canWrite(viewer, IncidentAccess.record(i.view()))).orElse(false);
    }

    /** The title, description and the notes, actions and communication records of the journal. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> text(UUID id) {
        return incidents.findById(id).map(Incident::view).map(v -> {
            StringBuilder text = new StringBuilder(v.title()).append('\n');
            if (v.description() != null) {
                text.append(v.description()).append('\n');
            }
            jdbc.sql("SELECT body FROM incident_journal WHERE incident_id = ? AND kind IN ('NOTE', 'ACTION', 'COMMUNICATION') ORDER BY seq")
                    .param(id).query(String.class).list().forEach(body -> text.append(body).append('\n'));
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
        });
    }

    @Override
    public String path(String key) {
        return "/incidents/" + key;
    }
}
