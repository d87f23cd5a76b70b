package org.uglymugs.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String PLAINTEXT = "He refused to pay and pushed me down the stairs. Ünïcödé ✓";
    private static final String CONTEXT = "report.account";
    private static final String OTHER_CONTEXT = "report.location";
    private static final String OLD_ID = "t1";
    private static final String NEW_ID = "t2";
    private static final String OLD_KEY = TestKeys.randomKey();
    private static final String NEW_KEY = TestKeys.randomKey();
    private static final String BOTH_KEYS = OLD_ID + ":" + OLD_KEY + "," + NEW_ID + ":" + NEW_KEY;

    private final FieldCipher cipher = new FieldCipher(TestKeys.ring(NEW_ID, BOTH_KEYS));

    @Test
    void opensWhatItSealed() {
        assertEquals(PLAINTEXT, cipher.open(cipher.seal(PLAINTEXT, CONTEXT), CONTEXT));
        assertEquals("", cipher.open(cipher.seal("", CONTEXT), CONTEXT));
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.seal(null, CONTEXT));
        assertNull(cipher.open(null, CONTEXT));
    }

    @Test
    void theSealedValueHidesThePlaintextAndNeverRepeats() {
        byte[] first = cipher.seal(PLAINTEXT, CONTEXT);
        byte[] second = cipher.seal(PLAINTEXT, CONTEXT);
        String hex = HexFormat.of().formatHex(first);
        assertFalse(hex.contains(HexFormat.of()
                .formatHex(PLAINTEXT.getBytes(StandardCharsets.UTF_8))
                .substring(0, 16)));
        assertFalse(Arrays.equals(first, second), "a fresh IV per value: equal plaintexts give different ciphertexts");
    }

    @Test
    void aValueCannotBeOpenedInAnotherContext() {
        byte[] sealed = cipher.seal(PLAINTEXT, CONTEXT);
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, OTHER_CONTEXT));
    }

    @Test
    void anyChangedByteIsDetected() {
        byte[] sealed = cipher.seal(PLAINTEXT, CONTEXT);
        int header = 2 + NEW_ID.length();
        for (int i = header; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            int at = i;
            assertThrows(IllegalStateException.class, () -> cipher.open(tampered, CONTEXT), "byte " + at);
        }
    }

    @Test
    void aTruncatedValueIsRefused() {
        byte[] sealed = cipher.seal(PLAINTEXT, CONTEXT);
        assertThrows(RuntimeException.class, () -> cipher.open(Arrays.copyOf(sealed, sealed.length - 1), CONTEXT));
    }

    @Test
    void newValuesAreSealedUnderTheActiveKeyId() {
        byte[] sealed = cipher.seal(PLAINTEXT, CONTEXT);
        byte[] id = Arrays.copyOfRange(sealed, 2, 2 + sealed[1]);
        assertArrayEquals(NEW_ID.getBytes(StandardCharsets.US_ASCII), id);
    }

    @Test
    void aValueSealedUnderTheOldKeyStillOpensAfterRotation() {
        FieldCipher beforeRotation = new FieldCipher(TestKeys.ring(OLD_ID, BOTH_KEYS));
        byte[] sealedEarlier = beforeRotation.seal(PLAINTEXT, CONTEXT);

        assertEquals(PLAINTEXT, cipher.open(sealedEarlier, CONTEXT));
    }

    @Test
    void aValueUnderAKeyIdNoLongerConfiguredCannotBeOpened() {
        byte[] sealedEarlier = new FieldCipher(TestKeys.ring(OLD_ID, OLD_ID + ":" + OLD_KEY)).seal(PLAINTEXT, CONTEXT);
        FieldCipher withoutOldKey = new FieldCipher(TestKeys.ring(NEW_ID, NEW_ID + ":" + NEW_KEY));

        assertThrows(IllegalStateException.class, () -> withoutOldKey.open(sealedEarlier, CONTEXT));
    }

    @Test
    void theSameKeyIdWithOtherKeyMaterialCannotOpen() {
        byte[] sealed = cipher.seal(PLAINTEXT, CONTEXT);
        FieldCipher otherKeys = new FieldCipher(TestKeys.ring(NEW_ID, NEW_ID + ":" + TestKeys.randomKey()));

        assertThrows(IllegalStateException.class, () -> otherKeys.open(sealed, CONTEXT));
    }

    /** M4: the associated data is table, column and row, so a value copied to another row or column fails closed. */
    @Test
    void aValueBoundToItsCellOpensOnlyThere() {
        Cell a = Cell.of("report", "contact_sealed", 1L);
        byte[] sealed = cipher.seal(PLAINTEXT, a);
        assertEquals(PLAINTEXT, cipher.open(sealed, a));
        for (Cell elsewhere : java.util.List.of(
                Cell.of("report", "contact_sealed", 2L),
                Cell.of("report", "account_sealed", 1L),
                Cell.of("report_message", "contact_sealed", 1L))) {
            SealBroken refused = assertThrows(SealBroken.class, () -> cipher.open(sealed, elsewhere));
            assertEquals(
                    "cannot open " + elsewhere + ": it was sealed for another row or column, or altered",
                    refused.getMessage());
        }
        assertThrows(
                SealBroken.class, () -> cipher.open(cipher.seal(PLAINTEXT, CONTEXT), a), "unbound values are refused");
    }

    /** M6: a record's data key, wrapped by the master key, opens its values; without it nothing opens. */
    @Test
    void aDataKeySealsARecordAndOnlyItOpensIt() {
        Cell cell = Cell.of("report", "account_sealed", 7L);
        Cell keyCell = Cell.of("report_key", "key_wrapped", 7L);
        DataKey key = cipher.newDataKey();
        byte[] sealed = cipher.seal(PLAINTEXT, key, cell);
        byte[] wrapped = cipher.wrap(key, keyCell);
        assertEquals(PLAINTEXT, cipher.open(sealed, cipher.unwrap(wrapped, keyCell), cell));
        assertThrows(SealBroken.class, () -> cipher.open(sealed, cipher.newDataKey(), cell), "another report's key");
        assertThrows(SealBroken.class, () -> cipher.unwrap(wrapped, Cell.of("report_key", "key_wrapped", 8L)));
        SealBroken erased = assertThrows(SealBroken.class, () -> cipher.unwrap(null, keyCell));
        assertEquals(
                "no data key for report_key.key_wrapped: it was destroyed (the record was erased)",
                erased.getMessage());
        assertFalse(HexFormat.of()
                .formatHex(sealed)
                .contains(HexFormat.of().formatHex("He refused".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void resealMovesAValueToTheActiveKeyAndTheOldKeyCanGo() {
        Cell cell = Cell.of("subscriber", "email_sealed", 42L);
        FieldCipher before = new FieldCipher(TestKeys.ring(OLD_ID, BOTH_KEYS));
        byte[] old = before.seal(PLAINTEXT, cell);
        byte[] wrapped = before.wrap(cipher.newDataKey(), Cell.of("report_key", "key_wrapped", 7L));
        assertEquals(OLD_ID, FieldCipher.keyIdOf(old));

        byte[] fresh = cipher.reseal(old, cell);
        assertEquals(NEW_ID, FieldCipher.keyIdOf(fresh));
        assertSame(fresh, cipher.reseal(fresh, cell), "a value under the active key is left as it is");
        byte[] rewrapped = cipher.reseal(wrapped, Cell.of("report_key", "key_wrapped", 7L));

        FieldCipher onlyNew = new FieldCipher(TestKeys.ring(NEW_ID, NEW_ID + ":" + NEW_KEY));
        assertEquals(PLAINTEXT, onlyNew.open(fresh, cell));
        onlyNew.unwrap(rewrapped, Cell.of("report_key", "key_wrapped", 7L));
        assertThrows(IllegalStateException.class, () -> onlyNew.open(old, cell));
    }

    @Test
    void resealRefusesAValueMovedFromAnotherRow() {
        FieldCipher before = new FieldCipher(TestKeys.ring(OLD_ID, BOTH_KEYS));
        byte[] other = before.seal(PLAINTEXT, Cell.of("subscriber", "email_sealed", 1L));
        assertThrows(SealBroken.class, () -> cipher.reseal(other, Cell.of("subscriber", "email_sealed", 2L)));
    }
}
