package org.yagura.intake;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.PolicyColumns;
import org.yagura.identity.PolicyCondition;
import org.yagura.identity.ProtectedRecord;
import org.yagura.identity.Viewer;
import org.yagura.observables.LinkedRecord;
import org.yagura.observables.LinkedRecordAccess;
import org.yagura.shared.Tlp;

/** Reports as records that observables link to: intake decides who sees them, by the same policy as its own pages. */
@Component
class ReportRecords implements LinkedRecordAccess {

    private final ReportRepository reports;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    ReportRecords(ReportRepository reports, JdbcClient jdbc, AccessPolicy policy) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public String kind() {
        return "report";
    }

    @Override
    public Optional<LinkedRecord> find(String key) {
        return reports.findByKey(key).map(r -> new LinkedRecord(kind(), r.id(), r.key(), r.summary()));
    }

    @Override
    public Set<UUID> visible(Viewer viewer, Collection<UUID> ids) {
        List<UUID> list = List.copyOf(new HashSet<>(ids));
        Set<UUID> visible = new HashSet<>();
        for (int from = 0; from < list.size(); from += 1000) {
            jdbc.sql("SELECT id, tlp, created_by_id FROM intake_report WHERE id IN (:ids)")
                    .param("ids", list.subList(from, Math.min(list.size(), from + 1000)))
                    .query((rs, i) -> {
                        UUID creator = rs.getObject("created_by_id", UUID.class);
                        var record = new ProtectedRecord(null, null, Tlp.valueOf(rs.getString("tlp")),
                                creator == null ? Set.of() : Set.of(creator));
                        if (policy.canRead(viewer, record)) {
                            visible.add(rs.getObject("id", UUID.class));
                        }
                        return null;
                    }).list();
        }
        return visible;
    }

    /** A report's participant is the analyst who entered it; reports belong to no team and no constituency. */
    @Override
    public Optional<PolicyCondition> readableCondition(Viewer viewer, String idColumn) {
        return Optional.of(policy.readableCondition(viewer, new PolicyColumns(null, null, "r.tlp", "r.created_by_id = :policy_user"))
                .wrap("EXISTS (SELECT 1 FROM intake_report r WHERE r.id = " + idColumn + " AND ", ")"));
    }

    @Override
    public boolean writable(Viewer viewer, UUID id) {
        return reports.findById(id).map(r -> policy.canWrite(viewer, new ProtectedRecord(null, null, r.tlp(),
                r.createdById() == null ? Set.of() : Set.of(r.createdById())))).orElse(false);
    }

    @Override
    public Optional<String> text(UUID id) {
        return reports.findById(id).map(r -> r.summary() + "\n" + (r.body() == null ? "" : r.body()));
    }

    @Override
    public String path(String key) {
        return "/reports/" + key;
    }
}
