package org.uglymugs.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The chain's hash covers the previous hash and every column of the entry. */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final byte[] PREVIOUS = HexFormat.of().parseHex("11".repeat(32));

    private static byte[] base() {
        return AuditChain.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}");
    }

    @Test
    void theGenesisIs32ZeroBytes() {
        assertArrayEquals(new byte[32], AuditChain.GENESIS);
    }

    @Test
    void isSha256OfThePreviousHashAndTheCanonicalLines() throws Exception {
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(PREVIOUS);
        byte[] expected = sha.digest("7\n2026-12-01T10:00:00.123456Z\nmoderator\nREPORT_VIEWED\nAB12-CD34\n{}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertArrayEquals(expected, base());
        assertEquals(32, base().length);
    }

    @Test
    void theSameEntryHashesTheSame() {
        assertArrayEquals(base(), base());
    }

    @Test
    void changingAnyColumnOrThePreviousHashChangesTheHash() {
        byte[] base = base();
        byte[] otherPrevious = PREVIOUS.clone();
        otherPrevious[31] ^= 1;
        byte[][] changed = {
            AuditChain.hash(otherPrevious, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
            AuditChain.hash(PREVIOUS, 8, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
            AuditChain.hash(PREVIOUS, 7, AT.plusNanos(1000), "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
            AuditChain.hash(PREVIOUS, 7, AT, "admin", "REPORT_VIEWED", "AB12-CD34", "{}"),
            AuditChain.hash(PREVIOUS, 7, AT, "moderator", "REPORT_DECIDED", "AB12-CD34", "{}"),
            AuditChain.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD35", "{}"),
            AuditChain.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", null, "{}"),
            AuditChain.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{\"override\":true}"),
        };
        for (int i = 0; i < changed.length; i++) {
            assertFalse(Arrays.equals(base, changed[i]), "change " + i + " is seen by the hash");
        }
    }

    @Test
    void noTargetHashesAsAnEmptyTarget() {
        assertArrayEquals(
                AuditChain.hash(PREVIOUS, 7, AT, "moderator", "LOGIN", null, "{}"),
                AuditChain.hash(PREVIOUS, 7, AT, "moderator", "LOGIN", "", "{}"));
    }
}
