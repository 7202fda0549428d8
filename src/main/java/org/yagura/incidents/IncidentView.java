package org.yagura.incidents;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Pap;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.Urgency;

/** An incident as pages, the API and other modules see it. */
public record IncidentView(UUID id, String key, String title, @Nullable String description, String classKey,
        String typeKey, Impact impact, Urgency urgency, Priority priority, Tlp tlp, Pap pap,
        @Nullable String constituency, @Nullable String affectedOrganisation, @Nullable UUID assigneeId,
        @Nullable String assignee, @Nullable UUID teamId, IncidentStatus status, @Nullable Resolution resolution,
        @Nullable String parentKey, @Nullable String duplicateOf, @Nullable Instant occurredAt,
        @Nullable Instant detectedAt, @Nullable Instant reportedAt, @Nullable Instant acknowledgedAt,
        @Nullable Instant containedAt, @Nullable Instant resolvedAt, @Nullable Instant closedAt,
        @Nullable ImpactLevel confidentiality, @Nullable ImpactLevel integrity, @Nullable ImpactLevel availability,
        @Nullable String businessImpact, @Nullable String servicesAffected, @Nullable String assetsAffected,
        boolean personalDataBreach, @Nullable Long personalDataRecords, Set<UUID> participants, String createdBy,
        Instant createdAt, Instant updatedAt, long version) {

    public IncidentView {
        participants = Set.copyOf(participants);
    }

    /** The editable fields, to prefill a form or to change a few of them. */
    public IncidentFields fields() {
        return new IncidentFields(title, description, classKey, typeKey, impact, urgency, tlp, pap, constituency,
                affectedOrganisation, assignee, teamId, parentKey, occurredAt, detectedAt, reportedAt, confidentiality,
                integrity, availability, businessImpact, servicesAffected, assetsAffected, personalDataBreach,
                personalDataRecords);
    }
}
