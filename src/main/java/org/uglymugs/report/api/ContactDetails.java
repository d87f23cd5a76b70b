package org.uglymugs.report.api;

import jakarta.validation.constraints.Size;

/** How the reporter may be reached, only for a consent that needs it; stored encrypted. */
public record ContactDetails(
        @Size(max = 100) String name,
        @Size(max = 50) String phone,
        @Size(max = 254) String email,
        @Size(max = 500) String safeTimes) {}
