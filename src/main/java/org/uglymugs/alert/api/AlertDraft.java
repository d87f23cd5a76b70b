package org.uglymugs.alert.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.report.api.Category;

/** A moderator's alert draft. Identifiers are chosen by id from the report's own identifiers. */
public record AlertDraft(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 2000) String perpetratorDescription,

        @Schema(description = "Ids of the report's identifiers to publish (see the report's identifiers)")
        @Size(max = 20)
        List<@NotNull Long> identifierIds,

        @NotNull AlertSeverity severity,
        @NotEmpty @Size(max = 50) Set<@NotNull @Size(max = 64) String> areas,
        @NotEmpty Set<@NotNull Category> categories) {}
