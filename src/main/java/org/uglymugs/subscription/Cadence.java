package org.uglymugs.subscription;

/** Each alert as it happens, or one digest a day at the configured hour. */
public enum Cadence {
    IMMEDIATE,
    DAILY
}
