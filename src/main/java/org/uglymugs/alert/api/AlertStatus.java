package org.uglymugs.alert.api;

/** An alert's versions: {@code ISSUED → UPDATED* → RETRACTED}. */
public enum AlertStatus {
    ISSUED,
    UPDATED,
    RETRACTED
}
