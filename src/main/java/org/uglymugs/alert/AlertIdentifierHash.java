package org.uglymugs.alert;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.Objects;
import org.uglymugs.report.api.IdentifierType;

/** The keyed hash of a published identifier, for the subscribers' check. */
@Embeddable
class AlertIdentifierHash {

    @Enumerated(EnumType.STRING)
    public IdentifierType type;

    public byte[] valueHash;

    public AlertIdentifierHash() {}

    AlertIdentifierHash(IdentifierType type, byte[] valueHash) {
        this.type = type;
        this.valueHash = valueHash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertIdentifierHash other
                && type == other.type
                && Arrays.equals(valueHash, other.valueHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(valueHash));
    }
}
