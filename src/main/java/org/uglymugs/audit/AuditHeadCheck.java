package org.uglymugs.audit;

/**
 * What checking a published head digest found. {@code CONTAINED}: the chain still holds that entry
 * with that hash, and as many entries up to it; {@code CHANGED}: the entry is there with another hash
 * or the count up to it differs; {@code MISSING}: no such entry (the tail was cut);
 * {@code DROPPED}: retention dropped it, and the signed retention anchor does not pass through it;
 * {@code NOT_SIGNED}: the digest's signature is not this installation's; {@code UNREADABLE}: not a digest.
 */
public record AuditHeadCheck(HeadStatus status, Long headId, Long count) {

    public enum HeadStatus {
        CONTAINED,
        CHANGED,
        MISSING,
        DROPPED,
        NOT_SIGNED,
        UNREADABLE
    }
}
