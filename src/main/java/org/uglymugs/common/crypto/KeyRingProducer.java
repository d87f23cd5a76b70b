package org.uglymugs.common.crypto;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.uglymugs.common.Deployment;

/** Reads the keys once; the prod profile refuses the published dev/test keys. */
public class KeyRingProducer {

    @Produces
    @Singleton
    KeyRing keyRing(CryptoConfig config) {
        return KeyRing.from(config, Deployment.production());
    }
}
