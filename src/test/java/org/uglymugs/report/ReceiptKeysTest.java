package org.uglymugs.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.CryptoConfig;
import org.uglymugs.common.crypto.KeyRing;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.support.Fixtures;

class ReceiptKeysTest {

    private static final int KEY_BYTES = 32;
    private static final int SAMPLE = 1_000;
    /** Crockford base32 without the look-alikes: three of the digits below read the same as letters. */
    private static final String TYPED = "7KQ2-M9XD-1100-ABCD-EFGH-JKMN-PQRS-TVWZ";

    private static final String LOOK_ALIKES_TYPED = "7kq2 m9xd IlOo abcd efgh jkmn pqrs tvwz";

    private final ReceiptKeys receipts =
            new ReceiptKeys(new KeyedHash(KeyRing.from(new Config("k1", "k1:" + randomKey(), randomKey()), false)));

    record Config(String activeKeyId, String keys, String hmacKey, java.util.Optional<String> hmacPreviousKeys)
            implements CryptoConfig {
        Config(String activeKeyId, String keys, String hmacKey) {
            this(activeKeyId, keys, hmacKey, java.util.Optional.empty());
        }
    }

    @Test
    void receiptsAreLongRandomAndReadable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < SAMPLE; i++) {
            String receipt = receipts.generate();
            assertTrue(receipt.matches(Fixtures.RECEIPT_PATTERN), receipt);
            assertTrue(seen.add(receipt), "a receipt repeated");
        }
    }

    @Test
    void caseSpacesDashesAndLookAlikesDoNotMatter() {
        byte[] canonical = receipts.hashOf(TYPED);
        assertArrayEquals(canonical, receipts.hashOf(TYPED.toLowerCase(Locale.ROOT)));
        assertArrayEquals(canonical, receipts.hashOf(TYPED.replace("-", "")));
        assertArrayEquals(canonical, receipts.hashOf(" " + TYPED.replace('-', ' ') + " "));
        assertArrayEquals(canonical, receipts.hashOf(LOOK_ALIKES_TYPED));
    }

    @Test
    void anotherReceiptHashesDifferently() {
        String other = TYPED.substring(0, TYPED.length() - 1) + "Y";
        assertFalse(Arrays.equals(receipts.hashOf(TYPED), receipts.hashOf(other)));
    }

    @Test
    void aMissingReceiptHashesLikeAnEmptyOneAndMatchesNoReceipt() {
        assertArrayEquals(receipts.hashOf(""), receipts.hashOf(null));
        assertFalse(Arrays.equals(receipts.hashOf(TYPED), receipts.hashOf(null)));
    }

    private static String randomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
