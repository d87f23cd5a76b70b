package org.uglymugs.report.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which consented intelligence a liaison officer asks for: always within their own {@code areas};
 * optionally one area, one category, and incidents on or after {@code since} (the incident's date,
 * a shareable field, never when it was reported).
 */
public record IntelQuery(Set<String> areas, String area, Category category, LocalDate since) {

    public static IntelQuery of(Set<String> areas) {
        return new IntelQuery(areas, null, null, null);
    }
}
