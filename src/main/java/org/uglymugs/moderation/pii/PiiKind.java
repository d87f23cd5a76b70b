package org.uglymugs.moderation.pii;

/** What a flagged piece of an alert draft looks like. */
public enum PiiKind {
    PHONE,
    EMAIL,
    URL,
    ADDRESS,
    REPORTER_CONTACT
}
