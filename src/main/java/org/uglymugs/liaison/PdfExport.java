package org.uglymugs.liaison;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.uglymugs.liaison.ExportDocument.Row;
import org.uglymugs.report.api.PerpetratorDescription;

/**
 * The export as a PDF (OpenPDF). Every page prints the SHA-256 of the export's canonical JSON, so a
 * printed or forwarded copy can be checked against the audit entry of the export.
 */
final class PdfExport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private PdfExport() {}

    static byte[] write(ExportDocument doc, String jsonSha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(
                        w.getDirectContent(),
                        Element.ALIGN_LEFT,
                        new Phrase("Canonical JSON SHA-256: " + jsonSha256 + "   Page " + w.getPageNumber(), SMALL),
                        d.left(),
                        d.bottom() - 20,
                        0);
            }
        });
        pdf.open();
        pdf.add(new Paragraph("Police intelligence export (3x5x2 graded)", TITLE));
        line(pdf, "Exported at", doc.exportedAt());
        line(pdf, "Exported by", doc.exportedBy());
        line(pdf, "Records", Integer.toString(doc.records().size()));
        pdf.add(new Paragraph("Sanitisation: " + doc.sanitisation(), TEXT));
        for (Row r : doc.records()) {
            pdf.add(new Paragraph(" ", TEXT));
            pdf.add(new Paragraph("Reference " + r.reference() + "  -  grading " + r.grading(), HEADING));
            line(pdf, "Source", r.source());
            line(pdf, "Source evaluation", r.sourceEvaluation() + " (" + source(r.sourceEvaluation()) + ")");
            line(
                    pdf,
                    "Intelligence assessment",
                    r.intelligenceAssessment() + " (" + assessment(r.intelligenceAssessment()) + ")");
            line(pdf, "Handling code", r.handlingCode() + " (" + handling(r.handlingCode()) + ")");
            if (r.handlingConditions() != null) {
                line(pdf, "Handling conditions", r.handlingConditions());
            }
            line(pdf, "Categories", String.join(", ", r.categories()));
            line(pdf, "Area", r.area());
            line(pdf, "Setting", r.setting());
            line(pdf, "When", r.occurredOn() + window(r));
            description(pdf, r.description());
            line(
                    pdf,
                    "Identifiers",
                    r.identifiers().stream()
                            .map(i -> i.type() + ": " + i.value()
                                    + (i.platform() == null ? "" : " (" + i.platform() + ")"))
                            .collect(Collectors.joining("; ")));
            line(pdf, "Linked reports", Long.toString(r.linkedReports()));
            line(pdf, "Intelligence summary", r.summary());
        }
        pdf.close();
        return out.toByteArray();
    }

    private static void line(Document pdf, String label, String value) {
        if (value != null && !value.isBlank()) {
            pdf.add(new Paragraph(label + ": " + value, TEXT));
        }
    }

    private static String window(Row r) {
        if (r.occurredFrom() == null) {
            return "";
        }
        return ", about " + r.occurredFrom() + (r.occurredTo() == null ? "" : " to " + r.occurredTo());
    }

    private static void description(Document pdf, PerpetratorDescription d) {
        if (d == null) {
            return;
        }
        List<String> values = List.of(
                "Gender",
                nz(d.gender()),
                "Age range",
                nz(d.ageRange()),
                "Height",
                nz(d.height()),
                "Build",
                nz(d.build()),
                "Hair",
                nz(d.hair()),
                "Eyes",
                nz(d.eyes()),
                "Skin",
                nz(d.skin()),
                "Marks",
                nz(d.marks()),
                "Voice",
                nz(d.voice()),
                "Smell",
                nz(d.smell()),
                "Clothing",
                nz(d.clothing()),
                "Vehicle",
                nz(d.vehicle()),
                "What he said",
                nz(d.said()));
        for (int i = 0; i < values.size(); i += 2) {
            line(pdf, values.get(i), values.get(i + 1));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String source(String code) {
        return switch (code) {
            case "A" -> "reliable";
            case "C" -> "not reliable";
            default -> "untested";
        };
    }

    static String assessment(int code) {
        return switch (code) {
            case 1 -> "known directly to the source";
            case 2 -> "known indirectly to the source, corroborated";
            case 3 -> "known indirectly to the source";
            case 4 -> "not known";
            default -> "suspected to be false";
        };
    }

    static String handling(String code) {
        return "C".equals(code) ? "lawful sharing permitted with conditions" : "lawful sharing permitted";
    }
}
