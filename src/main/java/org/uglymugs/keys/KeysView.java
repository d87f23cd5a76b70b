package org.uglymugs.keys;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
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

    /** What both rotations' counts are made of: per column and per key id, and per key id in all. */
    record Usage(List<KeyUse> keys, Map<String, Map<String, Long>> columns) {

        /**
         * Counts {@code columns} (name → its count by key id, called in the caller's transaction); every
         * configured key id appears, with 0 when nothing needs it.
         */
        static Usage of(Map<String, Supplier<Map<String, Long>>> columns, List<String> configured, String active) {
            Map<String, Long> total = new TreeMap<>();
            Map<String, Map<String, Long>> perColumn = new LinkedHashMap<>();
            configured.forEach(id -> total.put(id, 0L));
            columns.forEach((name, count) -> {
                Map<String, Long> counts = count.get();
                perColumn.put(name, counts);
                counts.forEach((id, n) -> total.merge(id, n, Long::sum));
            });
            List<KeyUse> keys = total.entrySet().stream()
                    .map(e -> new KeyUse(
                            e.getKey(), e.getKey().equals(active), configured.contains(e.getKey()), e.getValue()))
                    .toList();
            return new Usage(keys, perColumn);
        }
    }

    /** The last re-seal run: when it started and ended (null while running), and its counts. */
    public record LastRun(OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome) {
        static LastRun of(ClusterJobs.LastRun run) {
            return new LastRun(run.startedAt(), run.finishedAt(), run.outcome());
        }
    }
}
