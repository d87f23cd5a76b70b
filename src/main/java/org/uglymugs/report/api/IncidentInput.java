package org.uglymugs.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A further incident: one row of the harassment log (harassment is a course of conduct). */
public record IncidentInput(
        @NotNull LocalDate date,
        LocalTime time,
        @Size(max = Limits.LOCATION) String location,
        @NotBlank @Size(max = Limits.INCIDENT) String whatHappened,
        @Size(max = Limits.LONG_TEXT) String evidence,
        Boolean policeContacted,
        @Size(max = 100) String policeReference,
        @Size(max = Limits.LONG_TEXT) String impact) {}
