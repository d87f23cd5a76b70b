package org.uglymugs.subscription;

/** {@code UNCONFIRMED → (PENDING_APPROVAL →) ACTIVE}; unsubscribing or a rejection deletes the row. */
public enum SubscriberStatus {
    UNCONFIRMED,
    PENDING_APPROVAL,
    ACTIVE
}
