package org.uglymugs.report.api;

/** Synchronous CDI events, fired inside the reporter's transaction so other features act at once. */
public final class ReportEvents {

    private ReportEvents() {}

    /** A reporter changed their consents; e.g. a withdrawn alertOthers retracts a published alert. */
    public record ConsentsChanged(long reportId, String reference, Consents before, Consents after) {}

    /** A reporter erased their report; every feature deletes what it holds about it. */
    public record Erased(long reportId, String reference) {}
}
