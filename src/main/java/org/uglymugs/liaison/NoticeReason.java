package org.uglymugs.liaison;

/** Why a record left the liaison desk. */
public enum NoticeReason {
    /** The reporter withdrew their policeIntel consent. */
    CONSENT_WITHDRAWN,
    /** The reporter erased their report. */
    ERASED
}
