package org.uglymugs.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** One keyed Mac per thread gives exactly the HMAC a fresh Mac gives, for every input, on every thread. */
class KeyedMacTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);

    private static byte[] reference(byte[] key, byte[] input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(input);
    }

    @Test
    void eachHashStartsFromTheKeyAlone() throws Exception {
        KeyedMac keyed = new KeyedMac(KEY);
        byte[] first = keyed.of("07911 123456".getBytes(StandardCharsets.UTF_8));
        keyed.of("something else".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(first, keyed.of("07911 123456".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(reference(KEY, "07911 123456".getBytes(StandardCharsets.UTF_8)), first);
        assertArrayEquals(reference(KEY, new byte[0]), keyed.of(new byte[0]));
    }

    @Test
    void manyThreadsAtOnceEachGetTheRightHash() throws Exception {
        KeyedMac keyed = new KeyedMac(KEY);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 2_000; i++) {
                        byte[] input = (thread + ":" + i).getBytes(StandardCharsets.UTF_8);
                        assertArrayEquals(reference(KEY, input), keyed.of(input));
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> r : results) {
                total += r.get();
            }
            assertEquals(16_000, total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKeyIsCopiedAndAnEmptyKeyIsRefusedAtOnce() throws Exception {
        byte[] key = KEY.clone();
        KeyedMac keyed = new KeyedMac(key);
        key[0] ^= 1; // the caller's array changing later changes nothing
        assertArrayEquals(reference(KEY, new byte[] {1}), keyed.of(new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new KeyedMac(new byte[0]));
    }
}
