package org.uglymugs.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live index's compact key: equal bytes are one key, every byte counts, and only 32 bytes are a hash. */
class LiveIndexHashTest {

    private static byte[] bytes(int seed) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }

    @Test
    void equalBytesAreOneKey() {
        Map<LiveIdentifierIndex.Hash, String> map = new HashMap<>();
        map.put(LiveIdentifierIndex.Hash.of(bytes(1)), "one");
        assertEquals("one", map.get(LiveIdentifierIndex.Hash.of(bytes(1))));
        assertEquals(
                LiveIdentifierIndex.Hash.of(bytes(1)).hashCode(),
                LiveIdentifierIndex.Hash.of(bytes(1)).hashCode());
    }

    @Test
    void aDifferenceInAnyByteIsAnotherKey() {
        LiveIdentifierIndex.Hash base = LiveIdentifierIndex.Hash.of(bytes(2));
        for (int i = 0; i < 32; i++) {
            byte[] changed = bytes(2);
            changed[i] ^= 1;
            assertNotEquals(base, LiveIdentifierIndex.Hash.of(changed), "byte " + i);
        }
    }

    @Test
    void onlyThirtyTwoBytesAreAKeyedHash() {
        assertThrows(IllegalArgumentException.class, () -> LiveIdentifierIndex.Hash.of(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> LiveIdentifierIndex.Hash.of(new byte[33]));
    }
}
