package org.yagura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yagura.shared.Tlp;

/** The access matrix: role × team × constituency × TLP. */
class AccessPolicyTests {

    private static final UUID TEAM_A = UUID.randomUUID();
    private static final UUID TEAM_B = UUID.randomUUID();
    private static final UUID ME = UUID.randomUUID();
    private final AccessPolicy policy = new AccessPolicy(null);

    @ParameterizedTest(name = "{0} in {1} of {2} reads {3} record of {4}/{5}, participant={6}: read={7} write={8}")
    @CsvSource({
            // role,           myTeam, myConst, tlp,          recTeam, recConst, participant, read,  write
            "ADMINISTRATOR,    NONE,   NONE,    AMBER,        B,       NONE,     false,       true,  true",
            "ADMINISTRATOR,    NONE,   NONE,    RED,          B,       NONE,     false,       false, false",
            "ADMINISTRATOR,    NONE,   NONE,    RED,          B,       NONE,     true,        true,  true",
            "INCIDENT_HANDLER, A,      NONE,    AMBER_STRICT, A,       NONE,     false,       true,  true",
            "INCIDENT_HANDLER, A,      NONE,    GREEN,        B,       NONE,     false,       false, false",
            "INCIDENT_HANDLER, A,      NONE,    GREEN,        B,       NONE,     true,        true,  true",
            "INCIDENT_HANDLER, A,      NONE,    CLEAR,        NONE,    NONE,     false,       true,  true",
            "ANALYST,          A,      NONE,    RED,          A,       NONE,     false,       false, false",
            "OBSERVER,         A,      NONE,    AMBER,        A,       NONE,     false,       true,  false",
            "OBSERVER,         A,      NONE,    RED,          A,       NONE,     true,        true,  false",
            "TEAM_LEAD,        B,      NONE,    AMBER,        A,       NONE,     false,       false, false",
            "CONSTITUENT,      NONE,   acme,    AMBER,        A,       acme,     false,       true,  false",
            "CONSTITUENT,      NONE,   acme,    AMBER_STRICT, A,       acme,     false,       false, false",
            "CONSTITUENT,      NONE,   acme,    GREEN,        A,       other,    false,       false, false",
            "CONSTITUENT,      NONE,   acme,    CLEAR,        A,       other,    false,       true,  false",
            "CONSTITUENT,      NONE,   NONE,    GREEN,        A,       NONE,     false,       false, false",
            "CONSTITUENT,      NONE,   acme,    RED,          A,       acme,     true,        true,  false",
    })
    void decidesByRoleTeamConstituencyAndTlp(Role role, String myTeam, String myConstituency, Tlp tlp, String recordTeam,
            String recordConstituency, boolean participant, boolean read, boolean write) {
        Viewer viewer = new Viewer(ME, role, myTeam.equals("NONE") ? Set.of() : Set.of(team(myTeam)),
                myConstituency.equals("NONE") ? null : myConstituency);
        ProtectedRecord record = new ProtectedRecord(recordTeam.equals("NONE") ? null : team(recordTeam),
                recordConstituency.equals("NONE") ? null : recordConstituency, tlp,
                participant ? Set.of(ME) : Set.of(UUID.randomUUID()));
        assertThat(policy.canRead(viewer, record)).isEqualTo(read);
        assertThat(policy.canWrite(viewer, record)).isEqualTo(write);
    }

    private static UUID team(String name) {
        return name.equals("A") ? TEAM_A : TEAM_B;
    }
}
