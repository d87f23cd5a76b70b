package org.uglymugs.alert.api;

/**
 * Fired synchronously inside the transaction that issues, updates or retracts an alert, so that an
 * observer's writes (the delivery outbox) commit or roll back with the alert change itself.
 */
public record AlertChanged(long alertId, int version, Kind kind) {

    public enum Kind {
        ISSUED,
        UPDATED,
        RETRACTED
    }
}
