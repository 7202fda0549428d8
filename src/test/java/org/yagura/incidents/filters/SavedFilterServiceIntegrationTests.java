package org.yagura.incidents.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yagura.identity.NewUser;
import org.yagura.identity.Role;
import org.yagura.identity.TeamService;
import org.yagura.identity.UserService;
import org.yagura.identity.UserSummary;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.ConflictException;
import org.yagura.shared.api.NotFoundException;

/** Saved filters of the incident list on the real database: owners, team sharing, defaults, checks and audit. */
@SpringBootTest
class SavedFilterServiceIntegrationTests {

    @Autowired SavedFilterService filters;
    @Autowired UserService users;
    @Autowired TeamService teams;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    private UserSummary alice;
    private UserSummary bob;
    private UserSummary carol;
    private UUID team;

    @BeforeEach
    void usersAndATeam() {
        signIn("admin");
        alice = user(Role.ANALYST);
        bob = user(Role.ANALYST);
        carol = user(Role.ANALYST);
        team = teams.create("Filters team " + UUID.randomUUID().toString().substring(0, 8), null).id();
        teams.addMember(team, alice.id());
        teams.addMember(team, bob.id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void savesAFilterInCanonicalOrderAndListsItForItsOwnerOnly() {
        signIn(alice.username());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", "フィッシング 詐欺");
        fields.put("priority", "P1");
        fields.put("queue", "OPEN");
        fields.put("sla", "AT_RISK");
        fields.put("assignee", "  ");
        SavedFilter saved = filters.save("  My P1 ", fields, null, false);
        assertThat(saved.name()).isEqualTo("My P1");
        assertThat(saved.query()).isEqualTo("queue=OPEN&priority=P1&sla=AT_RISK&q=%E3%83%95%E3%82%A3%E3%83%83%E3%82%B7%E3%83%B3%E3%82%B0+%E8%A9%90%E6%AC%BA");
        assertThat(saved.filter()).containsExactly(Map.entry("queue", "OPEN"), Map.entry("priority", "P1"),
                Map.entry("sla", "AT_RISK"), Map.entry("q", "フィッシング 詐欺"));
        assertThat(saved.mine()).isTrue();
        assertThat(filters.list()).extracting(SavedFilter::name).containsExactly("My P1");

        signIn(bob.username());
        assertThat(filters.list()).isEmpty();
        assertThatThrownBy(() -> filters.get(saved.id())).isInstanceOf(NotFoundException.class);
        audit(saved.id(), "incident-filter.saved");
    }

    @Test
    void refusesAnUnknownFieldOrABadValueNamingIt() {
        signIn(alice.username());
        assertThatThrownBy(() -> filters.save("bad", Map.of("colour", "red"), null, false))
                .isInstanceOf(BadRequestException.class)
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.unknown-field")
                .satisfies(e -> assertThat(((BadRequestException) e).arguments()).containsExactly("colour"));
        assertThatThrownBy(() -> filters.save("bad", Map.of("status", "DONE"), null, false))
                .isInstanceOf(BadRequestException.class)
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.invalid-value");
        assertThatThrownBy(() -> filters.saveQuery("bad", "queue=OPEN&from=2026-13-01", null, false))
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.invalid-value");
        assertThatThrownBy(() -> filters.saveQuery("bad", "queue=OPEN&cursor=abc", null, false))
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.unknown-field");
        assertThatThrownBy(() -> filters.save(" ", Map.of(), null, false))
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.name-invalid");
        assertThatThrownBy(() -> filters.save("x".repeat(101), Map.of(), null, false))
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.name-invalid");
        assertThat(filters.list()).isEmpty();
    }

    @Test
    void aNameIsUniquePerOwner() {
        signIn(alice.username());
        filters.save("Mine", Map.of("queue", "MINE"), null, false);
        assertThatThrownBy(() -> filters.save("mine", Map.of("queue", "OPEN"), null, false))
                .isInstanceOf(ConflictException.class);
        signIn(bob.username());
        assertThat(filters.save("Mine", Map.of("queue", "MINE"), null, false).name()).isEqualTo("Mine");
    }

    @Test
    void sharesWithTheOwnersTeamWhoseMembersMayUseButNotChangeIt() {
        signIn(alice.username());
        assertThatThrownBy(() -> filters.save("Not my team", Map.of(), UUID.randomUUID(), false))
                .hasFieldOrPropertyWithValue("messageKey", "incidents.filters.not-your-team");
        SavedFilter shared = filters.save("Team queue", Map.of("queue", "UNASSIGNED"), team, false);

        signIn(bob.username());
        assertThat(filters.list()).extracting(SavedFilter::name, SavedFilter::mine).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Team queue", false));
        assertThat(filters.setDefault(shared.id()).isDefault()).isTrue();
        assertThatThrownBy(() -> filters.rename(shared.id(), "Bob's")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> filters.delete(shared.id())).isInstanceOf(AccessDeniedException.class);

        signIn(carol.username());
        assertThat(filters.list()).isEmpty();
        assertThatThrownBy(() -> filters.setDefault(shared.id())).isInstanceOf(NotFoundException.class);

        // made private again: Bob loses it and it stops being his default
        signIn(alice.username());
        filters.change(shared.id(), "Team queue", shared.filter(), null, null);
        signIn(bob.username());
        assertThat(filters.list()).isEmpty();
        assertThat(filters.defaultFilter()).isEmpty();
    }

    @Test
    void renamesChangesAndDeletesOwnFiltersAndKeepsOneDefaultPerUser() {
        signIn(alice.username());
        SavedFilter first = filters.save("First", Map.of("queue", "OPEN"), null, true);
        SavedFilter second = filters.save("Second", Map.of("queue", "ALL", "tlp", "RED"), null, false);
        assertThat(filters.defaultFilter()).map(SavedFilter::id).contains(first.id());
        filters.setDefault(second.id());
        assertThat(filters.list()).filteredOn(SavedFilter::isDefault).extracting(SavedFilter::id).containsExactly(second.id());

        SavedFilter renamed = filters.rename(second.id(), "Red ones");
        assertThat(renamed.name()).isEqualTo("Red ones");
        assertThat(renamed.query()).isEqualTo("queue=ALL&tlp=RED");
        assertThat(renamed.version()).isEqualTo(second.version() + 1);
        assertThatThrownBy(() -> filters.change(second.id(), "Stale", Map.of(), null, second.version()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

        filters.delete(second.id());
        assertThat(filters.defaultFilter()).isEmpty();
        assertThat(filters.list()).extracting(SavedFilter::name).containsExactly("First");
        filters.clearDefault();
        audit(second.id(), "incident-filter.saved", "incident-filter.default-set", "incident-filter.changed",
                "incident-filter.deleted");
    }

    /**
     * The audit actions recorded for a filter, once they are all there. The audit listener runs after each
     * commit, asynchronously, so entries of changes made in quick succession may be chained in another order.
     */
    private List<String> audit(UUID filterId, String... expected) {
        List<String> sorted = java.util.Arrays.stream(expected).sorted().toList();
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(
                () -> jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'incident-filter' AND subject_id = ? ORDER BY seq")
                        .param(filterId.toString()).query(String.class).list(),
                list -> list.stream().sorted().toList().equals(sorted));
    }

    private UserSummary user(Role role) {
        String name = "filters-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(name, "Test " + name, null, role, "Quiet-Watchtower-Lantern-7", null)).user();
    }

    private void signIn(String username) {
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
