package org.uglymugs.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message on a report's thread. */
public record MessageInput(
        @NotBlank @Size(max = Limits.MESSAGE) String body) {}
