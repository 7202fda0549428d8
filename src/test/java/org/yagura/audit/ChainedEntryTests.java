package org.yagura.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainedEntryTests {

    private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456Z");
    private static final ChainedEntry ENTRY = new ChainedEntry(7, AT, "alice", "192.0.2.1", "user.created", "user",
            "bob", "role: → ANALYST", ChainedEntry.GENESIS_HASH);

    @Test
    void hashIsSha256OfTheCanonicalEncodingInLowerCaseHex() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ENTRY.canonicalBytes()));

        assertThat(ENTRY.computeHash()).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void hashIsStableForTheSameFields() {
        ChainedEntry same = new ChainedEntry(7, AT, "alice", "192.0.2.1", "user.created", "user", "bob",
                "role: → ANALYST", ChainedEntry.GENESIS_HASH);

        assertThat(same.computeHash()).isEqualTo(ENTRY.computeHash());
    }

    @Test
    void encodesTimesAsEpochMicroseconds() {
        assertThat(ChainedEntry.epochMicros(Instant.parse("1970-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002L);
        assertThat(ChainedEntry.epochMicros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1L);
    }

    @Test
    void encodesTextsWithTheirLengthSoThatFieldBoundariesCannotShift() {
        ChainedEntry split1 = new ChainedEntry(1, AT, "ab", null, "c", "t", "id", "s", ChainedEntry.GENESIS_HASH);
        ChainedEntry split2 = new ChainedEntry(1, AT, "a", null, "bc", "t", "id", "s", ChainedEntry.GENESIS_HASH);

        assertThat(split1.computeHash()).isNotEqualTo(split2.computeHash());
    }

    @Test
    void tellsAnAbsentClientAddressFromAnEmptyOne() {
        ChainedEntry absent = new ChainedEntry(1, AT, "a", null, "x", "t", "id", "s", ChainedEntry.GENESIS_HASH);
        ChainedEntry empty = new ChainedEntry(1, AT, "a", "", "x", "t", "id", "s", ChainedEntry.GENESIS_HASH);

        assertThat(absent.computeHash()).isNotEqualTo(empty.computeHash());
    }

    @Test
    void countsUtf8BytesNotCharacters() {
        byte[] bytes = new ChainedEntry(1, AT, "監査", null, "x", "t", "id", "s", ChainedEntry.GENESIS_HASH)
                .canonicalBytes();
        byte[] actor = "監査".getBytes(StandardCharsets.UTF_8);
        int versionField = 4 + "yagura-audit-v1".length();
        int actorLengthAt = versionField + 8 + 8;

        assertThat(bytes[actorLengthAt + 3]).isEqualTo((byte) actor.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seq", "occurredAt", "actor", "clientAddress", "action", "subjectType", "subjectId",
            "summary", "prevHash"})
    void changesItsHashWhenAnyFieldChanges(String field) {
        assertThat(withChanged(field).computeHash()).isNotEqualTo(ENTRY.computeHash());
    }

    private static ChainedEntry withChanged(String field) {
        return new ChainedEntry(
                field.equals("seq") ? 8 : ENTRY.seq(),
                field.equals("occurredAt") ? AT.plusNanos(1_000) : ENTRY.occurredAt(),
                field.equals("actor") ? "mallory" : ENTRY.actor(),
                field.equals("clientAddress") ? "192.0.2.2" : ENTRY.clientAddress(),
                field.equals("action") ? "user.deleted" : ENTRY.action(),
                field.equals("subjectType") ? "team" : ENTRY.subjectType(),
                field.equals("subjectId") ? "carol" : ENTRY.subjectId(),
                field.equals("summary") ? "x" : ENTRY.summary(),
                field.equals("prevHash") ? "1".repeat(64) : ENTRY.prevHash());
    }
}
