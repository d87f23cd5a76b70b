package org.uglymugs.common.crypto;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads the keys once; the prod profile refuses the published dev/test keys. */
public class KeyRingProducer {

    @Produces
    @Singleton
    KeyRing keyRing(CryptoConfig config) {
        return KeyRing.from(config, LaunchMode.current() == LaunchMode.NORMAL);
    }
}
