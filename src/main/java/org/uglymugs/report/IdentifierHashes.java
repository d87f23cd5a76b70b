package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.report.api.NormalisedIdentifier;

/** The one way an identifier becomes the keyed hash it is matched by, at intake and in other features. */
@ApplicationScoped
class IdentifierHashes {

    /** Purpose of the identifiers' keyed hash. */
    private static final String PURPOSE = "identifier";

    private final KeyedHash hash;

    IdentifierHashes(KeyedHash hash) {
        this.hash = hash;
    }

    byte[] of(NormalisedIdentifier identifier) {
        return hash.hash(PURPOSE, identifier.matchKey());
    }

    /** The hash under {@code under}'s active HMAC key (HMAC key rotation). */
    static byte[] of(KeyedHash under, NormalisedIdentifier identifier) {
        return under.hash(PURPOSE, identifier.matchKey());
    }

    /** The hashes under every configured HMAC key, active first: what a look-up looks for. */
    List<byte[]> candidates(NormalisedIdentifier identifier) {
        return hash.candidates(PURPOSE, identifier.matchKey());
    }

    String activeKeyId() {
        return hash.activeKeyId();
    }
}
