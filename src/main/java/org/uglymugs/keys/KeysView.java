package org.uglymugs.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.time.ClusterJobs;

/**
 * The AES keys and what still needs them: a key id whose {@code values} is 0 and that is not active
 * can be removed from {@code uglymugs.crypto.keys}. Counts only, never content.
 */
public record KeysView(String activeKeyId, List<KeyUse> keys, Map<String, Map<String, Long>> columns, LastRun lastRun) {

    /** A key id: active, configured, and how many stored values are sealed under it. */
    public record KeyUse(String keyId, boolean active, boolean configured, long values) {}

    /** The last re-seal run: when it started and ended (null while running), and its counts. */
    public record LastRun(OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome) {
        static LastRun of(ClusterJobs.LastRun run) {
            return new LastRun(run.startedAt(), run.finishedAt(), run.outcome());
        }
    }
}
