package org.uglymugs.audit;

/** The result of recomputing the chain: {@code firstBrokenId} is null when every entry checks out. */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenId, String problem) {

    /** The entry's previous-hash is not the hash of the entry before it (an entry was removed or inserted). */
    public static final String BROKEN_LINK = "does not link to the entry before it";
    /** The entry's content no longer gives its stored hash (it was changed). */
    public static final String BROKEN_CONTENT = "content does not match its hash";
}
