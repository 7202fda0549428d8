package org.yagura.incidents;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.artifacts.ArtifactRecordAccess;
import org.yagura.artifacts.AttachedRecord;
import org.yagura.identity.AccessPolicy;

/** Lets artifacts and evidence be attached to incidents, visible to whoever may read the incident. */
@Component
class IncidentArtifacts implements ArtifactRecordAccess {

    private final IncidentRepository incidents;
    private final AccessPolicy policy;

    IncidentArtifacts(IncidentRepository incidents, AccessPolicy policy) {
        this.incidents = incidents;
        this.policy = policy;
    }

    @Override
    public String kind() {
        return "incident";
    }

    @Override
    public String collection() {
        return "incidents";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttachedRecord> find(String key) {
        var viewer = policy.currentViewer();
        return incidents.findByIncidentKey(key).map(Incident::view)
                .filter(v -> viewer.map(value -> policy.canRead(value, IncidentAccess.record(v))).orElse(false))
                .map(v -> new AttachedRecord(kind(), v.key(), v.title(), v.tlp(), "/incidents/" + v.key(),
                        viewer.map(value -> policy.canWrite(value, IncidentAccess.record(v))).orElse(false)));
    }
}
