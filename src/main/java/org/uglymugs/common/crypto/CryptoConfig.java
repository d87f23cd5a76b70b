package org.uglymugs.common.crypto;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

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

    /**
     * {@code base64,base64}: HMAC keys used before {@link #hmacKey()}, kept while stored hashes still
     * need them (look-ups try every key; the admin key view counts what each still holds). Each key is
     * known by its fingerprint ({@link KeyedHash#keyIdOf}), never by itself.
     */
    Optional<String> hmacPreviousKeys();
}
