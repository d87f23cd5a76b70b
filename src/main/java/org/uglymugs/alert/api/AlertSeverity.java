package org.uglymugs.alert.api;

/** How dangerous the alert says he is; subscribers choose a minimum. */
public enum AlertSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
