package org.yagura.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/** The front door for teams and their membership. Reading is open to staff; changes to administrators. */
@Service
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final UserRepository users;
    private final ApplicationEventPublisher events;

    TeamService(TeamRepository teams, UserRepository users, ApplicationEventPublisher events) {
        this.teams = teams;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<TeamSummary> list() {
        return teams.findAllByOrderByNameAsc().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public TeamSummary get(UUID id) {
        return summary(load(id));
    }

    /** The ids of the teams a user belongs to, for the access policy. */
    @Transactional(readOnly = true)
    public Set<UUID> teamsOf(UUID userId) {
        return Set.copyOf(teams.findByMember(userId).stream().map(Team::id).toList());
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public TeamSummary create(String name, @Nullable String description) {
        validate(name, description);
        if (teams.existsByNameIgnoreCase(name.strip())) {
            throw new ConflictException("team.name.taken", name.strip());
        }
        Team team = teams.save(new Team(name, description));
        events.publishEvent(new TeamChanged(Actor.current(), "team.created", team.id(), "name: " + team.name()));
        return summary(team);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public TeamSummary update(UUID id, String name, @Nullable String description, @Nullable Long expectedVersion) {
        validate(name, description);
        Team team = load(id);
        if (expectedVersion != null && expectedVersion != team.version()) {
            throw new ObjectOptimisticLockingFailureException(Team.class, id);
        }
        if (!team.name().equalsIgnoreCase(name.strip()) && teams.existsByNameIgnoreCase(name.strip())) {
            throw new ConflictException("team.name.taken", name.strip());
        }
        String before = team.name();
        team.rename(name, description);
        teams.saveAndFlush(team);
        events.publishEvent(new TeamChanged(Actor.current(), "team.updated", id, "name: " + before + " → " + team.name()));
        return summary(team);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public void delete(UUID id) {
        Team team = load(id);
        teams.delete(team);
        events.publishEvent(new TeamChanged(Actor.current(), "team.deleted", id, "name: " + team.name()));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public TeamSummary addMember(UUID teamId, UUID userId) {
        Team team = load(teamId);
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user.not-found", userId));
        if (team.add(userId)) {
            teams.saveAndFlush(team);
            events.publishEvent(new TeamChanged(Actor.current(), "team.member-added", teamId,
                    "team: " + team.name() + "; user: " + user.username()));
        }
        return summary(team);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public TeamSummary removeMember(UUID teamId, UUID userId) {
        Team team = load(teamId);
        if (team.remove(userId)) {
            teams.saveAndFlush(team);
            String username = users.findById(userId).map(User::username).orElse(userId.toString());
            events.publishEvent(new TeamChanged(Actor.current(), "team.member-removed", teamId,
                    "team: " + team.name() + "; user: " + username));
        }
        return summary(team);
    }

    private static void validate(String name, @Nullable String description) {
        if (name.isBlank() || name.strip().length() > 100) {
            throw new BadRequestException("team.name.invalid");
        }
        if (description != null && description.length() > 1000) {
            throw new BadRequestException("team.description.invalid");
        }
    }

    private Team load(UUID id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("team.not-found", id));
    }

    private TeamSummary summary(Team team) {
        List<TeamSummary.Member> members = users.findAllById(team.members()).stream()
                .map(u -> new TeamSummary.Member(u.id(), u.username(), u.displayName()))
                .sorted(Comparator.comparing(TeamSummary.Member::username)).toList();
        return new TeamSummary(team.id(), team.name(), team.description(), team.createdAt(), team.version(), members);
    }
}
