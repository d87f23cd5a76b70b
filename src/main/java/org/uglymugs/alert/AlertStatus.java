package org.uglymugs.alert;

/** An alert's versions: {@code ISSUED → UPDATED* → RETRACTED}. */
public enum AlertStatus {
    ISSUED,
    UPDATED,
    RETRACTED
}
