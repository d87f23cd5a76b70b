package org.uglymugs.report.api;

/** Who wrote a message on a report's thread. */
public enum MessageAuthor {
    REPORTER,
    MODERATOR
}
