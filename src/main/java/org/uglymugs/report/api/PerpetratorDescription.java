package org.uglymugs.report.api;

import jakarta.validation.constraints.Size;

/** What the perpetrator looked and sounded like. Every field optional; stored encrypted. */
public record PerpetratorDescription(
        @Size(max = Limits.SHORT_TEXT) String gender,
        @Size(max = Limits.SHORT_TEXT) String ageRange,
        @Size(max = Limits.SHORT_TEXT) String height,
        @Size(max = Limits.SHORT_TEXT) String build,
        @Size(max = Limits.SHORT_TEXT) String hair,
        @Size(max = Limits.SHORT_TEXT) String eyes,
        @Size(max = Limits.SHORT_TEXT) String skin,
        @Size(max = Limits.LONG_TEXT) String marks,
        @Size(max = Limits.SHORT_TEXT) String voice,
        @Size(max = Limits.SHORT_TEXT) String smell,
        @Size(max = Limits.LONG_TEXT) String clothing,
        @Size(max = Limits.LONG_TEXT) String vehicle,
        @Size(max = Limits.LONG_TEXT) String said) {}
