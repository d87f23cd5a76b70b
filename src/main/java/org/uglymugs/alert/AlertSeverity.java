package org.uglymugs.alert;

/** How dangerous the alert says he is; subscribers choose a minimum. */
public enum AlertSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
