package org.uglymugs.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.CryptoConfig;
import org.uglymugs.common.crypto.KeyRing;
import org.uglymugs.common.crypto.KeyedHash;

/** The chain's hash is keyed, covers the previous hash and every column, and tells null from empty. */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final byte[] PREVIOUS = HexFormat.of().parseHex("11".repeat(32));
    private static final AuditChain CHAIN = new AuditChain(HexFormat.of().parseHex("42".repeat(32)));

    private static byte[] base() {
        return CHAIN.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}");
    }

    @Test
    void theGenesisIs32ZeroBytes() {
        assertArrayEquals(new byte[32], AuditChain.GENESIS);
    }

    @Test
    void isAnHmacUnderTheKeySoNobodyWithoutItCanRecomputeTheChain() throws Exception {
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(PREVIOUS);
        byte[] unkeyed = sha.digest("7\n2026-12-01T10:00:00.123456Z\nmoderator\nREPORT_VIEWED\nAB12-CD34\n{}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(Arrays.equals(unkeyed, base()), "not the old unkeyed SHA-256");
        assertEquals(32, base().length);
        AuditChain otherKey = new AuditChain(HexFormat.of().parseHex("43".repeat(32)));
        assertFalse(
                Arrays.equals(base(), otherKey.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}")));
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[16]));
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
            CHAIN.hash(otherPrevious, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
            CHAIN.hash(PREVIOUS, 8, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
            CHAIN.hash(PREVIOUS, 7, AT.plusNanos(1000), "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
            CHAIN.hash(PREVIOUS, 7, AT, "admin", "REPORT_VIEWED", "AB12-CD34", "{}"),
            CHAIN.hash(PREVIOUS, 7, AT, "moderator", "REPORT_DECIDED", "AB12-CD34", "{}"),
            CHAIN.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD35", "{}"),
            CHAIN.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", null, "{}"),
            CHAIN.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{\"override\":true}"),
        };
        for (int i = 0; i < changed.length; i++) {
            assertFalse(Arrays.equals(base, changed[i]), "change " + i + " is seen by the hash");
        }
    }

    @Test
    void noTargetNeverHashesAsAnEmptyTarget() {
        assertFalse(Arrays.equals(
                CHAIN.hash(PREVIOUS, 7, AT, "moderator", "LOGIN", null, "{}"),
                CHAIN.hash(PREVIOUS, 7, AT, "moderator", "LOGIN", "", "{}")));
        assertFalse(Arrays.equals(
                CHAIN.hash(PREVIOUS, 7, AT, null, "LOGIN", "x", "{}"),
                CHAIN.hash(PREVIOUS, 7, AT, "", "LOGIN", "x", "{}")));
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        assertFalse(Arrays.equals(
                CHAIN.hash(PREVIOUS, 7, AT, "mod\nerator", "LOGIN", "x", "{}"),
                CHAIN.hash(PREVIOUS, 7, AT, "mod", "erator\nLOGIN", "x", "{}")));
        assertFalse(Arrays.equals(
                CHAIN.hash(PREVIOUS, 7, AT, "ab", "c", "x", "{}"), CHAIN.hash(PREVIOUS, 7, AT, "a", "bc", "x", "{}")));
    }

    @Test
    void anchorsAndHeadsAreSignedOverEveryField() {
        byte[] anchor = CHAIN.anchor("retention", 10, PREVIOUS, 10, AT);
        assertFalse(Arrays.equals(anchor, CHAIN.anchor("retention", 11, PREVIOUS, 10, AT)));
        assertFalse(Arrays.equals(anchor, CHAIN.anchor("retention", 10, PREVIOUS, 9, AT)));
        assertFalse(Arrays.equals(anchor, CHAIN.anchor("start", 10, PREVIOUS, 10, AT)));
        byte[] head = CHAIN.head(10, PREVIOUS, 10, AT);
        assertFalse(Arrays.equals(head, CHAIN.head(10, PREVIOUS, 11, AT)));
        assertFalse(Arrays.equals(head, anchor), "a head is never taken for an anchor");
    }

    @Test
    void itsKeyIsAPurposeKeyOfTheConfiguredHmacKey() {
        KeyedHash keyed = new KeyedHash(KeyRing.from(
                new CryptoConfig() {
                    @Override
                    public String activeKeyId() {
                        return "k1";
                    }

                    @Override
                    public String keys() {
                        return "k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
                    }

                    @Override
                    public String hmacKey() {
                        return java.util.Base64.getEncoder()
                                .encodeToString("x".repeat(32).getBytes());
                    }

                    @Override
                    public java.util.Optional<String> hmacPreviousKeys() {
                        return java.util.Optional.empty();
                    }
                },
                false));
        AuditChain derived = AuditChain.of(keyed);
        AuditChain byHand = new AuditChain(keyed.hash("audit-chain", "chain-key"));
        assertArrayEquals(
                byHand.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"),
                derived.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"));
        assertFalse(
                Arrays.equals(base(), derived.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}")));
    }

    @Test
    void aKeyOf32BytesIsTheLeastAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[31]));
        assertEquals(32, new AuditChain(new byte[32]).hash(PREVIOUS, 1, AT, "a", "b", null, "{}").length);
    }

    @Test
    void timesCountToTheMicrosecondAndNoFiner() {
        assertFalse(Arrays.equals(
                CHAIN.hash(PREVIOUS, 7, AT, "a", "b", null, "{}"),
                CHAIN.hash(PREVIOUS, 7, AT.plusSeconds(1), "a", "b", null, "{}")));
        assertArrayEquals(
                CHAIN.hash(PREVIOUS, 7, AT, "a", "b", null, "{}"),
                CHAIN.hash(PREVIOUS, 7, AT.plusNanos(999), "a", "b", null, "{}"),
                "a timestamptz keeps microseconds: nanoseconds below them do not count");
        assertFalse(Arrays.equals(
                CHAIN.hash(PREVIOUS, 7, AT, "a", "b", null, "{}"),
                CHAIN.hash(PREVIOUS, 7, AT.plusNanos(1000), "a", "b", null, "{}")));
    }

    @Test
    void theEncodingIsLengthPrefixedWithMinusOneForNull() {
        byte[] encoded = new AuditChain.Encoder(new byte[] {9})
                .text(null)
                .text("")
                .text("ab")
                .number(258)
                .done();
        byte[] expected = {
            0, 0, 0, 1, 9, // the domain
            -1, -1, -1, -1, // null
            0, 0, 0, 0, // empty
            0, 0, 0, 2, 'a', 'b', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 1, 2
        };
        assertArrayEquals(expected, encoded);
        byte[] time = new AuditChain.Encoder(new byte[0])
                .time(Instant.ofEpochSecond(1, 2_000))
                .done();
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0x0f, 0x42, 0x42}, time, "1 000 002 µs");
    }

    /** A chain under an active HMAC key and, when {@code previous} is given, one previous key. */
    private static AuditChain chainOf(String active, String previous) {
        return AuditChain.of(new KeyedHash(KeyRing.from(
                new CryptoConfig() {
                    @Override
                    public String activeKeyId() {
                        return "k1";
                    }

                    @Override
                    public String keys() {
                        return "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
                    }

                    @Override
                    public String hmacKey() {
                        return Base64.getEncoder()
                                .encodeToString(active.repeat(32).getBytes());
                    }

                    @Override
                    public Optional<String> hmacPreviousKeys() {
                        return previous == null
                                ? Optional.empty()
                                : Optional.of(Base64.getEncoder()
                                        .encodeToString(previous.repeat(32).getBytes()));
                    }
                },
                false)));
    }

    @Test
    void duringAnHmacKeyRotationEntriesAnchorsAndHeadsVerifyUnderTheKeyTheyWereMadeUnder() {
        AuditChain before = chainOf("o", null);
        AuditChain during = chainOf("n", "o");
        AuditChain after = chainOf("n", null);
        assertFalse(before.rotating());
        assertTrue(during.rotating());
        assertFalse(after.rotating());
        String oldId = before.activeKeyId();
        String newId = after.activeKeyId();
        assertNotEquals(oldId, newId);
        assertEquals(newId, during.activeKeyId());
        assertTrue(during.configured(oldId) && during.configured(newId));
        assertFalse(after.configured(oldId));

        byte[] oldEntry = before.hash(PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}");
        byte[] newEntry = during.hash(PREVIOUS, 8, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}");
        assertEquals(
                Optional.of(oldId),
                during.keyIdOf(oldEntry, PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"));
        assertEquals(
                Optional.of(newId),
                during.keyIdOf(newEntry, PREVIOUS, 8, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"));
        // Changed in any column, or under a key no longer configured: no key made it.
        assertEquals(
                Optional.empty(),
                during.keyIdOf(oldEntry, PREVIOUS, 7, AT, "admin", "REPORT_VIEWED", "AB12-CD34", "{}"));
        assertEquals(
                Optional.empty(),
                after.keyIdOf(oldEntry, PREVIOUS, 7, AT, "moderator", "REPORT_VIEWED", "AB12-CD34", "{}"));

        byte[] anchor = before.anchor("start", 0, AuditChain.GENESIS, 0, AT);
        assertTrue(during.validAnchor(anchor, "start", 0, AuditChain.GENESIS, 0, AT));
        assertFalse(during.validAnchor(anchor, "start", 1, AuditChain.GENESIS, 0, AT));
        assertFalse(after.validAnchor(anchor, "start", 0, AuditChain.GENESIS, 0, AT));
        byte[] head = during.head(8, newEntry, 2, AT);
        assertTrue(after.validHead(head, 8, newEntry, 2, AT));
        assertFalse(after.validHead(head, 8, newEntry, 3, AT));
        assertFalse(before.validHead(head, 8, newEntry, 2, AT));
    }
}
