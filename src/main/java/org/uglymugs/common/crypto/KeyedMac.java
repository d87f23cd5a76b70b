package org.uglymugs.common.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key, keyed into a {@link Mac} once per thread that uses it. {@link Mac#doFinal}
 * leaves a Mac reset under its key, so each thread reuses its own: no provider look-up, no keying
 * and no copy per hash (a copy per hash was a quarter of what the check allocated), and a Mac is
 * never shared between threads. What it holds is what a keyed Mac holds: the key, never an input.
 */
public final class KeyedMac {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final ThreadLocal<Mac> perThread;

    public KeyedMac(byte[] key) {
        this.key = key.clone();
        keyed(this.key); // an unusable key fails here, not on first use
        this.perThread = ThreadLocal.withInitial(() -> keyed(this.key));
    }

    /** HMAC-SHA256 of {@code input} under this key. */
    public byte[] of(byte[] input) {
        return perThread.get().doFinal(input);
    }

    /** A new Mac keyed with {@code key}, for this thread alone. */
    static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
