package org.uglymugs.liaison;

/** What a liaison officer did with a record, in their access history. */
public enum AccessKind {
    VIEWED,
    EXPORTED,
    CONTACT_VIEWED,
    CONTACTED;

    /** Whoever did these holds the record's content and must hear of a withdrawal. */
    boolean holdsContent() {
        return this == VIEWED || this == EXPORTED || this == CONTACT_VIEWED;
    }
}
