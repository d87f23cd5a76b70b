package org.uglymugs.keys;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.time.ClusterJobs;

/**
 * The AES keys and what still needs them: a key id whose {@code values} is 0 and that is not active
 * can be removed from {@code uglymugs.crypto.keys}. {@code hmac}: the same for the HMAC keys (ids are
 * fingerprints). Counts only, never content.
 */
// deploy/rotate-keys.sh reads the AES part as what comes before "hmac": keep hmac last.
@JsonPropertyOrder({"activeKeyId", "keys", "columns", "lastRun", "hmac"})
public record KeysView(
        String activeKeyId, List<KeyUse> keys, Map<String, Map<String, Long>> columns, LastRun lastRun, Hmac hmac) {

    /**
     * The HMAC keys by fingerprint, and how many stored rows are hashed under each ({@code unrecorded}:
     * rows from before key ids were kept, configured with previous keys). A key that is not active and
     * at 0 can be removed from {@code uglymugs.crypto.hmac-previous-keys}; {@code lastRun}: the last re-hash.
     */
    public record Hmac(
            String activeKeyId, List<KeyUse> keys, Map<String, Map<String, Long>> columns, LastRun lastRun) {}

    /** This view with the HMAC keys' part. */
    KeysView with(Hmac keys) {
        return new KeysView(activeKeyId, this.keys, columns, lastRun, keys);
    }

    /** A key id: active, configured, and how many stored values are sealed under it. */
    public record KeyUse(String keyId, boolean active, boolean configured, long values) {}

    /** The last re-seal run: when it started and ended (null while running), and its counts. */
    public record LastRun(OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome) {
        static LastRun of(ClusterJobs.LastRun run) {
            return new LastRun(run.startedAt(), run.finishedAt(), run.outcome());
        }
    }
}
