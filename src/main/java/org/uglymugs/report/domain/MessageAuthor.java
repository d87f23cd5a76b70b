package org.uglymugs.report.domain;

/** Who wrote a message on a report's thread. */
public enum MessageAuthor {
    REPORTER,
    MODERATOR
}
