package org.uglymugs.liaison;

import java.time.OffsetDateTime;

/** Answers of the liaison API besides the report feature's intelligence records. */
public final class LiaisonRecords {

    private LiaisonRecords() {}

    /** One line of an officer's own access history. */
    public record AccessView(String reference, AccessKind kind, OffsetDateTime at) {}

    /** A withdrawal notice: the reference only, and whether (and when) the officer acknowledged it. */
    public record NoticeView(
            long id,
            String liaison,
            String reference,
            NoticeReason reason,
            OffsetDateTime createdAt,
            OffsetDateTime acknowledgedAt) {}

    /** The reporter's chosen contact details, for an officer, with the "contacted" mark if set. */
    public record ContactView(
            String reference,
            String name,
            String phone,
            String email,
            String safeTimes,
            String contactedBy,
            OffsetDateTime contactedAt) {}
}
