package org.uglymugs.common.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Opens the key ring at start-up, so a missing or unusable key stops the service before it serves. */
@Startup
@ApplicationScoped
public class KeyCheck {

    KeyCheck(KeyRing keys) {
        keys.activeKeyId();
    }
}
