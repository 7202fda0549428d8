package org.yagura.incidents;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yagura.identity.TeamService;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.taxonomy.Priority;
import org.yagura.taxonomy.PriorityMatrixService;
import org.yagura.taxonomy.TaxonomyService;

/** Checks what incident fields refer to (classification, assignee, team, parent) and derives the priority. */
@Component
class IncidentReferences {

    private final Validator validator;
    private final TaxonomyService taxonomy;
    private final PriorityMatrixService matrix;
    private final UserService users;
    private final TeamService teams;
    private final IncidentRepository incidents;

    IncidentReferences(Validator validator, TaxonomyService taxonomy, PriorityMatrixService matrix, UserService users,
            TeamService teams, IncidentRepository incidents) {
        this.validator = validator;
        this.taxonomy = taxonomy;
        this.matrix = matrix;
        this.users = users;
        this.teams = teams;
        this.incidents = incidents;
    }

    /** Validates the fields; the first problem, by field name, is a 400 naming the field. */
    Resolved resolve(IncidentFields f) {
        requireValid(f);
        taxonomy.requireActive(f.classKey(), f.typeKey());
        UUID assigneeId = f.assignee() == null || f.assignee().isBlank() ? null : staffId(f.assignee());
        if (f.teamId() != null) {
            try {
                teams.get(f.teamId());
            } catch (NotFoundException e) {
                throw new BadRequestException("incidents.team.unknown", f.teamId());
            }
        }
        if (f.parentKey() != null && !f.parentKey().isBlank() && incidents.findByIncidentKey(f.parentKey().strip()).isEmpty()) {
            throw new BadRequestException("incidents.parent.unknown", f.parentKey());
        }
        Priority priority = matrix.priority(f.impact(), f.urgency());
        return new Resolved(priority, assigneeId);
    }

    /** The id of an enabled staff member who may work incidents; anyone else is a 400 naming the user name. */
    UUID staffId(String username) {
        return users.findByUsername(username.strip()).filter(UserSummary::enabled)
                .filter(u -> u.role().isStaff() && u.role().canWrite())
                .map(UserSummary::id)
                .orElseThrow(() -> new BadRequestException("incidents.assignee.unknown", username));
    }

    /** The id of any enabled user, who may then read the incident at TLP:RED; unknown names are a 400. */
    UUID staffIdOrReader(String username) {
        return users.findByUsername(username.strip()).filter(UserSummary::enabled).map(UserSummary::id)
                .orElseThrow(() -> new BadRequestException("incidents.participant.unknown", username));
    }

    <T> void requireValid(T value) {
        requireValid(value, "incidents.invalid");
    }

    /** The first problem, by property path, as a 400 with {@code messageKey} (arguments: the path and the problem). */
    <T> void requireValid(T value, String messageKey) {
        validator.validate(value).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new BadRequestException(messageKey, v.getPropertyPath().toString(), v.getMessage());
                });
    }

    record Resolved(Priority priority, @Nullable UUID assigneeId) {
    }
}
