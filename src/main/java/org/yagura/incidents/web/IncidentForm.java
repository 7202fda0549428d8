package org.yagura.incidents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.incidents.ImpactLevel;
import org.yagura.incidents.IncidentFields;
import org.yagura.incidents.IncidentView;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Pap;
import org.yagura.taxonomy.Urgency;

/** The incident form: every editable field as text, times as {@code yyyy-MM-ddTHH:mm} in the user's zone. */
public class IncidentForm {

    @NotBlank @Size(max = 300) private String title = "";
    @Size(max = 100_000) private String description = "";
    @NotBlank(message = "{report.classification.required}") private String classification = "";
    private Impact impact = Impact.MEDIUM;
    private Urgency urgency = Urgency.MEDIUM;
    private Tlp tlp = Tlp.AMBER;
    private Pap pap = Pap.AMBER;
    @Size(max = 200) private String constituency = "";
    @Size(max = 200) private String affectedOrganisation = "";
    @Size(max = 64) private String assignee = "";
    private String teamId = "";
    @Size(max = 20) private String parentKey = "";
    private String occurredAt = "";
    private String detectedAt = "";
    private String reportedAt = "";
    private @Nullable ImpactLevel confidentiality;
    private @Nullable ImpactLevel integrity;
    private @Nullable ImpactLevel availability;
    @Size(max = 4000) private String businessImpact = "";
    @Size(max = 4000) private String servicesAffected = "";
    @Size(max = 4000) private String assetsAffected = "";
    private boolean personalDataBreach;
    private @Nullable Long personalDataRecords;
    private @Nullable Long version;

    /** The form filled with an incident's fields, times shown in {@code zone}. */
    public static IncidentForm of(IncidentView v, ZoneId zone) {
        IncidentForm f = new IncidentForm();
        f.title = v.title();
        f.description = orEmpty(v.description());
        f.classification = v.classKey() + "/" + v.typeKey();
        f.impact = v.impact();
        f.urgency = v.urgency();
        f.tlp = v.tlp();
        f.pap = v.pap();
        f.constituency = orEmpty(v.constituency());
        f.affectedOrganisation = orEmpty(v.affectedOrganisation());
        f.assignee = orEmpty(v.assignee());
        f.teamId = v.teamId() == null ? "" : v.teamId().toString();
        f.parentKey = orEmpty(v.parentKey());
        f.occurredAt = local(v.occurredAt(), zone);
        f.detectedAt = local(v.detectedAt(), zone);
        f.reportedAt = local(v.reportedAt(), zone);
        f.confidentiality = v.confidentiality();
        f.integrity = v.integrity();
        f.availability = v.availability();
        f.businessImpact = orEmpty(v.businessImpact());
        f.servicesAffected = orEmpty(v.servicesAffected());
        f.assetsAffected = orEmpty(v.assetsAffected());
        f.personalDataBreach = v.personalDataBreach();
        f.personalDataRecords = v.personalDataRecords();
        f.version = v.version();
        return f;
    }

    /** The fields the service takes; a time that cannot be read is a 400 naming its field. */
    public IncidentFields toFields(ZoneId zone) {
        int slash = classification.indexOf('/');
        return new IncidentFields(title, description, slash < 0 ? classification : classification.substring(0, slash),
                slash < 0 ? "" : classification.substring(slash + 1), impact, urgency, tlp, pap, constituency,
                affectedOrganisation, assignee, uuid(teamId), parentKey,
                instant("occurredAt", occurredAt, zone), instant("detectedAt", detectedAt, zone),
                instant("reportedAt", reportedAt, zone), confidentiality, integrity, availability, businessImpact,
                servicesAffected, assetsAffected, personalDataBreach, personalDataRecords);
    }

    static @Nullable Instant instant(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("incidents.invalid", field, "yyyy-MM-ddTHH:mm");
        }
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("incidents.team.unknown", text);
        }
    }

    private static String local(@Nullable Instant i, ZoneId zone) {
        return i == null ? "" : LocalDateTime.ofInstant(i, zone).withSecond(0).withNano(0).toString();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public Impact getImpact() { return impact; }
    public void setImpact(Impact impact) { this.impact = impact; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public Pap getPap() { return pap; }
    public void setPap(Pap pap) { this.pap = pap; }
    public String getConstituency() { return constituency; }
    public void setConstituency(String constituency) { this.constituency = constituency; }
    public String getAffectedOrganisation() { return affectedOrganisation; }
    public void setAffectedOrganisation(String affectedOrganisation) { this.affectedOrganisation = affectedOrganisation; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String teamId) { this.teamId = teamId; }
    public String getParentKey() { return parentKey; }
    public void setParentKey(String parentKey) { this.parentKey = parentKey; }
    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String occurredAt) { this.occurredAt = occurredAt; }
    public String getDetectedAt() { return detectedAt; }
    public void setDetectedAt(String detectedAt) { this.detectedAt = detectedAt; }
    public String getReportedAt() { return reportedAt; }
    public void setReportedAt(String reportedAt) { this.reportedAt = reportedAt; }
    public @Nullable ImpactLevel getConfidentiality() { return confidentiality; }
    public void setConfidentiality(@Nullable ImpactLevel confidentiality) { this.confidentiality = confidentiality; }
    public @Nullable ImpactLevel getIntegrity() { return integrity; }
    public void setIntegrity(@Nullable ImpactLevel integrity) { this.integrity = integrity; }
    public @Nullable ImpactLevel getAvailability() { return availability; }
    public void setAvailability(@Nullable ImpactLevel availability) { this.availability = availability; }
    public String getBusinessImpact() { return businessImpact; }
    public void setBusinessImpact(String businessImpact) { this.businessImpact = businessImpact; }
    public String getServicesAffected() { return servicesAffected; }
    public void setServicesAffected(String servicesAffected) { this.servicesAffected = servicesAffected; }
    public String getAssetsAffected() { return assetsAffected; }
    public void setAssetsAffected(String assetsAffected) { this.assetsAffected = assetsAffected; }
    public boolean isPersonalDataBreach() { return personalDataBreach; }
    public void setPersonalDataBreach(boolean personalDataBreach) { this.personalDataBreach = personalDataBreach; }
    public @Nullable Long getPersonalDataRecords() { return personalDataRecords; }
    public void setPersonalDataRecords(@Nullable Long personalDataRecords) { this.personalDataRecords = personalDataRecords; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
