package org.uglymugs.report;

import java.util.List;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.ReportSubmission;

/** A submission that passed every check, with its identifiers and contact in canonical form. */
public record CheckedSubmission(
        ReportSubmission submission, List<NormalisedIdentifier> identifiers, ContactDetails contact) {}
