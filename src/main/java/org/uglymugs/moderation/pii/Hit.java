package org.uglymugs.moderation.pii;

/**
 * A span of one field's text found by a detector, end exclusive. A null kind marks text the
 * moderator chose to publish: it raises no flag and shields the lesser matches inside it.
 */
record Hit(int start, int end, PiiKind kind) {

    static Hit allowed(int start, int end) {
        return new Hit(start, end, null);
    }

    boolean isAllowed() {
        return kind == null;
    }

    boolean contains(Hit other) {
        return start <= other.start && other.end <= end;
    }
}
