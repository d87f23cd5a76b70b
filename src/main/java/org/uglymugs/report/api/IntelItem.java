package org.uglymugs.report.api;

import java.time.LocalDate;
import java.util.List;

/** One line of a liaison officer's intelligence list: enough to choose a record, nothing of the narrative. */
public record IntelItem(
        String reference,
        List<Category> categories,
        String area,
        Setting setting,
        LocalDate occurredOn,
        String grading,
        long linkedReports,
        boolean contactAvailable) {}
