package org.uglymugs.audit;

/** The result of recomputing the chain: {@code firstBrokenId} is null when every entry checks out. */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenId, String problem) {
}
