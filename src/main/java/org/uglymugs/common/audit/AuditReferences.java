package org.uglymugs.common.audit;

import java.util.List;

/**
 * Audit pseudonym keys made before they kept their report's reference (V28) learn it from the live
 * reports, so that HMAC key rotation can re-hash them: at start-up, while {@link #awaitsReferences}
 * answers true, the report feature passes every live reference to {@link #remember}, batch by batch,
 * and then calls {@link #dropUnclaimed}. Implemented by the {@code audit} feature; each call in the
 * caller's transaction (or its own).
 */
public interface AuditReferences {

    /** Whether some pseudonym keys from before V28 still do not know their report's reference. */
    boolean awaitsReferences();

    /** These reports are live: their pseudonym keys from before V28 keep their reference; how many did. */
    int remember(List<String> references);

    /** After every live report was remembered: deletes the keys no report claimed; how many. */
    int dropUnclaimed();
}
