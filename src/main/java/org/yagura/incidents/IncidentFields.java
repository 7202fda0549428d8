package org.yagura.incidents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.Tlp;
import org.yagura.taxonomy.Impact;
import org.yagura.taxonomy.Pap;
import org.yagura.taxonomy.Urgency;

/**
 * Everything about an incident that people set: used to open one and to edit one. The assignee is a
 * user name; the priority follows from impact and urgency through the team's matrix.
 */
public record IncidentFields(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 100_000) String description,
        @NotNull @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{incidents.classification.invalid}") String classKey,
        @NotNull @Pattern(regexp = "[a-z0-9-]{2,64}", message = "{incidents.classification.invalid}") String typeKey,
        @NotNull Impact impact,
        @NotNull Urgency urgency,
        @NotNull Tlp tlp,
        @NotNull Pap pap,
        @Nullable @Size(max = 200) String constituency,
        @Nullable @Size(max = 200) String affectedOrganisation,
        @Nullable @Size(max = 64) String assignee,
        @Nullable UUID teamId,
        @Nullable @Size(max = 20) String parentKey,
        @Nullable Instant occurredAt,
        @Nullable Instant detectedAt,
        @Nullable Instant reportedAt,
        @Nullable ImpactLevel confidentiality,
        @Nullable ImpactLevel integrity,
        @Nullable ImpactLevel availability,
        @Nullable @Size(max = 4000) String businessImpact,
        @Nullable @Size(max = 4000) String servicesAffected,
        @Nullable @Size(max = 4000) String assetsAffected,
        boolean personalDataBreach,
        @Nullable @Min(0) @Max(Long.MAX_VALUE) Long personalDataRecords) {

    /** The fields of a new incident with only what is required, the rest empty. */
    public static IncidentFields of(String title, String classKey, String typeKey, Impact impact, Urgency urgency, Tlp tlp) {
        return new IncidentFields(title, null, classKey, typeKey, impact, urgency, tlp, Pap.AMBER, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** The same fields with another title, description and classification. */
    public IncidentFields withTitle(String newTitle) {
        return new IncidentFields(newTitle, description, classKey, typeKey, impact, urgency, tlp, pap, constituency,
                affectedOrganisation, assignee, teamId, parentKey, occurredAt, detectedAt, reportedAt, confidentiality,
                integrity, availability, businessImpact, servicesAffected, assetsAffected, personalDataBreach,
                personalDataRecords);
    }
}
