package org.uglymugs.common.crypto;

import io.smallrye.config.ConfigMapping;

/**
 * Keys live outside the database: in configuration, normally from the environment.
 * {@code keys} is a comma-separated list of {@code id:base64(32 bytes)}; new data is sealed
 * with {@code activeKeyId}, old data opens with whichever key id it names.
 */
@ConfigMapping(prefix = "uglymugs.crypto")
public interface CryptoConfig {

    /** Key id used to encrypt new values. */
    String activeKeyId();

    /** {@code id:base64,id:base64}: every AES-256 key that may still open stored data. */
    String keys();

    /** base64 of at least 32 bytes: the secret behind every keyed hash (identifiers, receipts). */
    String hmacKey();
}
