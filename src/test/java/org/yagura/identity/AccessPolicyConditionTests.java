package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yagura.shared.Tlp;

/** The SQL form of the policy reads exactly the records {@link AccessPolicy#canRead} reads, for every combination. */
class AccessPolicyConditionTests {

    private static final UUID ME = UUID.randomUUID();
    private static final UUID TEAM_A = UUID.randomUUID();
    private static final UUID TEAM_B = UUID.randomUUID();
    private final AccessPolicy policy = new AccessPolicy(null);

    @Test
    void selectsTheRecordsCanReadAllowsForEveryViewer() {
        var source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:policy-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(source);
        jdbc.sql("CREATE TABLE rec (id UUID PRIMARY KEY, team UUID, constituency VARCHAR(20), tlp VARCHAR(16), participant UUID)").update();
        List<Object[]> records = new ArrayList<>();
        for (Tlp tlp : Tlp.values()) {
            for (UUID team : new UUID[] {null, TEAM_A, TEAM_B}) {
                for (String constituency : new String[] {null, "acme", "other"}) {
                    for (UUID participant : new UUID[] {null, ME, UUID.randomUUID()}) {
                        UUID id = UUID.randomUUID();
                        records.add(new Object[] {id, team, constituency, tlp, participant});
                        jdbc.sql("INSERT INTO rec VALUES (?, ?, ?, ?, ?)").params(id, team, constituency, tlp.name(), participant).update();
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            for (Set<UUID> teams : List.of(Set.<UUID>of(), Set.of(TEAM_A), Set.of(TEAM_A, TEAM_B))) {
                for (String constituency : new String[] {null, "acme"}) {
                    Viewer viewer = new Viewer(ME, role, teams, constituency);
                    Set<UUID> expected = new HashSet<>();
                    for (Object[] r : records) {
                        UUID participant = (UUID) r[4];
                        if (policy.canRead(viewer, new ProtectedRecord((UUID) r[1], (String) r[2], (Tlp) r[3],
                                participant == null ? Set.of() : Set.of(participant)))) {
                            expected.add((UUID) r[0]);
                        }
                    }
                    assertThat(select(jdbc, viewer)).as("%s %s %s", role, teams, constituency).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aTableWithoutTeamOrConstituencyIsReadByTlpAndParticipation() {
        Viewer constituent = new Viewer(ME, Role.CONSTITUENT, Set.of(), "acme");
        PolicyCondition c = policy.readableCondition(constituent, new PolicyColumns(null, null, "r.tlp", "r.creator = :policy_user"));
        assertThat(c.sql()).doesNotContain("policy_constituency");
        assertThat(c.params()).containsOnlyKeys("policy_user");
    }

    private Set<UUID> select(JdbcClient jdbc, Viewer viewer) {
        PolicyCondition c = policy.readableCondition(viewer, new PolicyColumns("team", "constituency", "tlp", "participant = :policy_user"));
        return new HashSet<>(jdbc.sql("SELECT id FROM rec WHERE " + c.sql()).params(c.params()).query(UUID.class).list());
    }
}
