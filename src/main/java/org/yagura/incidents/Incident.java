package org.yagura.incidents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Pap;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.Urgency;

/** An incident: its facts, and the lifecycle rules that move it from new to closed and back. */
@Entity
@Table(name = "incident")
class Incident {

    @Id
    private UUID id;
    private String incidentKey;
    private String title;
    private @Nullable String description;
    private String classKey;
    private String typeKey;
    @Enumerated(EnumType.STRING) private Impact impact;
    @Enumerated(EnumType.STRING) private Urgency urgency;
    @Enumerated(EnumType.STRING) private Priority priority;
    @Enumerated(EnumType.STRING) private Tlp tlp;
    @Enumerated(EnumType.STRING) private Pap pap;
    private @Nullable String constituency;
    private @Nullable String affectedOrganisation;
    private @Nullable UUID assigneeId;
    private @Nullable String assignee;
    private @Nullable UUID teamId;
    @Enumerated(EnumType.STRING) private IncidentStatus status;
    @Enumerated(EnumType.STRING) private @Nullable Resolution resolution;
    private @Nullable String parentKey;
    private @Nullable String duplicateOf;
    private @Nullable Instant occurredAt;
    private @Nullable Instant detectedAt;
    private @Nullable Instant reportedAt;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant containedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    @Enumerated(EnumType.STRING) private @Nullable ImpactLevel impactConfidentiality;
    @Enumerated(EnumType.STRING) private @Nullable ImpactLevel impactIntegrity;
    @Enumerated(EnumType.STRING) private @Nullable ImpactLevel impactAvailability;
    private @Nullable String businessImpact;
    private @Nullable String servicesAffected;
    private @Nullable String assetsAffected;
    private boolean personalDataBreach;
    private @Nullable Long personalDataRecords;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_participant", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "user_id")
    private Set<UUID> participants = new HashSet<>();
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected Incident() {
        // for JPA
    }

    Incident(String key, IncidentFields fields, Priority priority, @Nullable UUID assigneeId, String createdBy,
            @Nullable UUID creatorId, Instant now) {
        this.id = UUID.randomUUID();
        this.incidentKey = key;
        this.status = IncidentStatus.NEW;
        this.createdBy = createdBy;
        this.createdAt = now;
        if (creatorId != null) {
            participants.add(creatorId);
        }
        apply(fields, priority, assigneeId, now);
    }

    /** Sets every editable field; the assignee becomes a participant, so a TLP:RED incident stays visible to them. */
    void apply(IncidentFields f, Priority newPriority, @Nullable UUID newAssigneeId, Instant now) {
        if (f.personalDataRecords() != null && !f.personalDataBreach()) {
            throw new BadRequestException("incidents.personal-data.records-without-breach");
        }
        if (incidentKey.equals(f.parentKey())) {
            throw new BadRequestException("incidents.parent.self");
        }
        title = f.title().strip();
        description = blankToNull(f.description());
        classKey = f.classKey();
        typeKey = f.typeKey();
        impact = f.impact();
        urgency = f.urgency();
        priority = newPriority;
        tlp = f.tlp();
        pap = f.pap();
        constituency = blankToNull(f.constituency());
        affectedOrganisation = blankToNull(f.affectedOrganisation());
        assigneeId = newAssigneeId;
        assignee = newAssigneeId == null ? null : f.assignee();
        if (newAssigneeId != null) {
            participants.add(newAssigneeId);
        }
        teamId = f.teamId();
        parentKey = blankToNull(f.parentKey());
        occurredAt = f.occurredAt();
        detectedAt = f.detectedAt();
        reportedAt = f.reportedAt();
        impactConfidentiality = f.confidentiality();
        impactIntegrity = f.integrity();
        impactAvailability = f.availability();
        businessImpact = blankToNull(f.businessImpact());
        servicesAffected = blankToNull(f.servicesAffected());
        assetsAffected = blankToNull(f.assetsAffected());
        personalDataBreach = f.personalDataBreach();
        personalDataRecords = f.personalDataRecords();
        updatedAt = now;
    }

    /**
     * Moves the incident to {@code to}. Closing needs a resolution and no pending task; a closed
     * incident can only be reopened. The dates of the lifecycle are kept as the incident passes them.
     */
    void transition(IncidentStatus to, @Nullable Resolution closedAs, long pendingTasks, Instant now) {
        if (!status.next().contains(to)) {
            throw new ConflictException("incidents.transition.illegal", incidentKey, status, to);
        }
        if (to == IncidentStatus.CLOSED) {
            if (closedAs == null) {
                throw new BadRequestException("incidents.resolution.required");
            }
            if (pendingTasks > 0) {
                throw new ConflictException("incidents.close.pending-tasks", incidentKey, pendingTasks);
            }
        } else if (closedAs != null) {
            throw new BadRequestException("incidents.resolution.only-when-closing");
        }
        if (status == IncidentStatus.NEW && acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        if (to.ordinal() > IncidentStatus.CONTAINMENT.ordinal() && containedAt == null && to != IncidentStatus.CLOSED) {
            containedAt = now;
        }
        if (to == IncidentStatus.CLOSED) {
            resolution = closedAs;
            resolvedAt = closedAs == Resolution.RESOLVED ? now : resolvedAt;
            closedAt = now;
        } else if (status == IncidentStatus.CLOSED) {
            resolution = null;
            resolvedAt = null;
            closedAt = null;
            duplicateOf = null;
        }
        status = to;
        updatedAt = now;
    }

    /** Closes the incident as a duplicate of another one, which carries on its work. */
    void closeAsDuplicateOf(String otherKey, long pendingTasks, Instant now) {
        transition(IncidentStatus.CLOSED, Resolution.DUPLICATE, pendingTasks, now);
        duplicateOf = otherKey;
    }

    void addParticipant(UUID userId) {
        participants.add(userId);
    }

    boolean removeParticipant(UUID userId) {
        return participants.remove(userId);
    }

    UUID id() { return id; }
    String key() { return incidentKey; }
    IncidentStatus status() { return status; }
    long version() { return version == null ? 0 : version; }

    IncidentView view() {
        return new IncidentView(id, incidentKey, title, description, classKey, typeKey, impact, urgency, priority, tlp,
                pap, constituency, affectedOrganisation, assigneeId, assignee, teamId, status, resolution, parentKey,
                duplicateOf, occurredAt, detectedAt, reportedAt, acknowledgedAt, containedAt, resolvedAt, closedAt,
                impactConfidentiality, impactIntegrity, impactAvailability, businessImpact, servicesAffected,
                assetsAffected, personalDataBreach, personalDataRecords, participants, createdBy, createdAt, updatedAt,
                version());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
