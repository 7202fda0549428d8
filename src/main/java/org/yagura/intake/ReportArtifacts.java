package org.yagura.intake;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yagura.artifacts.ArtifactRecordAccess;
import org.yagura.artifacts.AttachedRecord;
import org.yagura.identity.AccessPolicy;
import org.yagura.identity.ProtectedRecord;
import org.yagura.shared.api.NotFoundException;

/** Lets artifacts and evidence be attached to reports, visible to whoever may read the report. */
@Component
class ReportArtifacts implements ArtifactRecordAccess {

    private final ReportService reports;
    private final AccessPolicy policy;

    ReportArtifacts(ReportService reports, AccessPolicy policy) {
        this.reports = reports;
        this.policy = policy;
    }

    @Override
    public String kind() {
        return "report";
    }

    @Override
    public String collection() {
        return "reports";
    }

    @Override
    public Optional<AttachedRecord> find(String key) {
        ReportView report;
        try {
            report = reports.get(key);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        boolean writable = policy.currentViewer().map(v -> policy.canWrite(v, new ProtectedRecord(null, null, report.tlp(),
                report.createdById() == null ? Set.of() : Set.of(report.createdById())))).orElse(false);
        return Optional.of(new AttachedRecord(kind(), report.key(), report.summary(), report.tlp(),
                "/reports/" + report.key(), writable));
    }
}
