package org.uglymugs.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submission. The receipt is shown this once and cannot be recovered. */
public record ReportReceipt(
        @Schema(description = "Short public id; carries no information")
        String reference,

        @Schema(description = "Secret key to come back to the report; shown once, never stored")
        String receipt,

        ReportStatus status) {}
