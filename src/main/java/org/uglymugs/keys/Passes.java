package org.uglymugs.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The loop both key rotations share (the AES re-seal, the HMAC re-hash): column by column, batch by
 * batch, each batch in its own transaction, stopping after {@code maxBatches} (what a crash half-way
 * leaves). Batches lock their rows {@code FOR UPDATE SKIP LOCKED}, so a row a request holds is passed
 * over: after its pass, a column still holding more values under an old key than the pass left on
 * purpose is gone through again ({@link #RETRIES} times, {@link #RETRY_PAUSE} apart, times the pass),
 * and whatever is still under an old key at the end is reported as left, never silently dropped.
 */
final class Passes {

    static final int RETRIES = 3;

    static final Duration RETRY_PAUSE = Duration.ofMillis(300);

    private Passes() {}

    /** One column of a rotation as the loop sees it. */
    interface Column {

        /** {@code table.column}: in counts, logs and the audit entry. */
        String name();

        /** One batch in a transaction of its own: at most {@code limit} values with a row key above {@code after}. */
        Step step(long after, int limit);

        /** How many stored values of the column are still under a key other than the active one. */
        long stillOld();
    }

    /** One batch: values moved, values left as they are on purpose, rows looked at, the last row key. */
    record Step(int done, int left, int rows, long last) {}

    /** One batch of a column, in the caller's transaction. */
    @FunctionalInterface
    interface Batches {
        Step step(long after, int limit);
    }

    /** A column whose every batch and count runs in a transaction of its own. */
    static Column inOwnTransactions(
            String name, Batches batches, Supplier<Map<String, Long>> countByKeyId, String activeKeyId) {
        return new Column() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Step step(long after, int limit) {
                return QuarkusTransaction.requiringNew().call(() -> batches.step(after, limit));
            }

            @Override
            public long stillOld() {
                return QuarkusTransaction.requiringNew().call(() -> notUnder(countByKeyId.get(), activeKeyId));
            }
        };
    }

    /** Values moved, values still under an old key, per column moved, and whether every column was gone through. */
    record Result(int done, int left, Map<String, Integer> perColumn, boolean complete) {}

    /** Runs the columns in order; {@code progress} is a log format taking the column's name and its count so far. */
    static Result run(List<? extends Column> columns, int size, int maxBatches, Logger log, String progress) {
        Map<String, Integer> perColumn = new LinkedHashMap<>();
        int done = 0;
        int left = 0;
        int batches = 0;
        for (Column column : columns) {
            int columnDone = 0;
            long remaining;
            int pass = 0;
            while (true) {
                long after = Long.MIN_VALUE;
                int onPurpose = 0;
                Step step;
                do {
                    if (batches >= maxBatches) {
                        perColumn.put(column.name(), columnDone);
                        return new Result(done, left, perColumn, false);
                    }
                    step = column.step(after, size);
                    batches++;
                    after = step.last();
                    columnDone += step.done();
                    done += step.done();
                    onPurpose += step.left();
                    if (step.done() > 0) {
                        log.infof(progress, column.name(), columnDone);
                    }
                } while (step.rows() >= size);
                remaining = column.stillOld();
                if (remaining <= onPurpose || ++pass > RETRIES) {
                    break;
                }
                pause(pass);
            }
            left += (int) remaining;
            perColumn.put(column.name(), columnDone);
        }
        return new Result(done, left, perColumn, true);
    }

    /** The stored values not under {@code activeKeyId}, from a column's count per key id. */
    static long notUnder(Map<String, Long> countByKeyId, String activeKeyId) {
        return countByKeyId.entrySet().stream()
                .filter(e -> !e.getKey().equals(activeKeyId))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static void pause(int pass) {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis() * pass);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("key rotation interrupted", e);
        }
    }
}
