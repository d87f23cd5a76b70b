package org.uglymugs.report.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new anonymous report: the four W's, the risk questions and the consents. */
@Schema(description = "A new anonymous report")
public record ReportSubmission(
        @NotNull @Size(min = 1, max = 16) List<@NotNull Category> categories,
        @NotBlank @Size(max = Limits.ACCOUNT) String account,
        @NotNull @Valid OccurredAt occurredAt,
        @NotBlank @Size(max = 64) String area,
        @NotNull Setting setting,
        @Size(max = Limits.LOCATION) String locationText,
        @Valid PerpetratorDescription description,
        @Size(max = Limits.IDENTIFIERS) List<@NotNull @Valid IdentifierInput> identifiers,
        @Valid RiskAnswers risk,
        @NotNull @Valid Consents consents,

        @Schema(description = "Required when policeContactMe or supportContactMe is true; stored encrypted") @Valid
        ContactDetails contact,

        @Pattern(regexp = "en|nl") String language) {}
