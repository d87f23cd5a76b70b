package org.uglymugs.liaison;

import java.util.List;
import org.uglymugs.report.api.IntelIdentifier;
import org.uglymugs.report.api.IntelRecord;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.PerpetratorDescription;

/**
 * An intelligence export, as police receive it in every format: the 3x5x2 grading, the sanitisation
 * statement, the source line, the linked-report count, the export's time and the exporting
 * officer's account name. Its canonical JSON (keys sorted, no whitespace) is what the PDF's hash
 * and the audit entry's hash are taken of.
 */
public record ExportDocument(String exportedAt, String exportedBy, String sanitisation, List<Row> records) {

    /** What was withheld, and why; the same words in every export. */
    public static final String SANITISATION = "Sanitised by the reporting scheme before sharing. Withheld: the"
            + " reporter's identity and contact details (shared only on a separate request the reporter agreed"
            + " to), location detail (only the force area is given), and the reporter's own account, messages"
            + " and the scheme's notes (they could identify the reporter). Perpetrator details are as reported"
            + " and have not been verified.";

    /** One record of the export. */
    public record Row(
            String reference,
            String source,
            List<String> categories,
            String area,
            String setting,
            String occurredOn,
            String occurredFrom,
            String occurredTo,
            PerpetratorDescription description,
            List<IntelIdentifier> identifiers,
            long linkedReports,
            String summary,
            String sourceEvaluation,
            int intelligenceAssessment,
            String handlingCode,
            String handlingConditions,
            String grading) {

        static Row of(IntelRecord r) {
            Intelligence i = r.intelligence();
            return new Row(
                    r.reference(),
                    "third-party reporting scheme, reference " + r.reference(),
                    r.categories().stream().map(Enum::name).toList(),
                    r.area(),
                    r.setting().name(),
                    r.occurredAt().date().toString(),
                    text(r.occurredAt().from()),
                    text(r.occurredAt().to()),
                    r.description(),
                    r.identifiers(),
                    r.linkedReports(),
                    i.summary(),
                    i.sourceEvaluation().name(),
                    i.intelligenceAssessment(),
                    i.handlingCode().name(),
                    i.handlingConditions(),
                    i.grading());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
