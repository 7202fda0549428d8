package org.yagura.incidents;

import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;

/** The fields of an incident split out of another: what the handler gave, the rest taken from the original. */
final class SplitFields {

    private SplitFields() {
    }

    /** Classification and TLP default to the original's; a TLP less strict than the original's is a 400. */
    static IncidentFields of(IncidentView from, SplitParts parts) {
        boolean classified = parts.classKey() != null && !parts.classKey().isBlank();
        String classKey = classified ? parts.classKey().strip() : from.classKey();
        String typeKey = classified ? (parts.typeKey() == null ? "" : parts.typeKey().strip()) : from.typeKey();
        Tlp tlp = parts.tlp() == null ? from.tlp() : parts.tlp();
        if (tlp.compareTo(from.tlp()) < 0) {
            throw new BadRequestException("incidents.split.tlp-weaker", tlp.label(), from.tlp().label());
        }
        return new IncidentFields(parts.title().strip(), parts.description(), classKey, typeKey, from.impact(),
                from.urgency(), tlp, from.pap(), from.constituency(), from.affectedOrganisation(), from.assignee(),
                from.teamId(), from.key(), from.occurredAt(), from.detectedAt(), from.reportedAt(), null, null, null, null,
                null, null, false, null);
    }
}
