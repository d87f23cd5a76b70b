package org.uglymugs.report.api;

import java.util.List;

/**
 * A report as a police liaison officer may see it, with the reporter's policeIntel consent: only
 * the shareable fields. Never the account, the location text, messages, incidents, notes, the
 * reporter's contact or when it was reported. {@code linkedReports} counts only linked reports the
 * same officer may see; {@code contactAvailable} says the reporter agreed to police contact.
 */
public record IntelRecord(
        String reference,
        List<Category> categories,
        String area,
        Setting setting,
        OccurredAt occurredAt,
        PerpetratorDescription description,
        List<IntelIdentifier> identifiers,
        long linkedReports,
        Intelligence intelligence,
        boolean contactAvailable) {}
