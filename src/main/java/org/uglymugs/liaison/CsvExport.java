package org.uglymugs.liaison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.uglymugs.liaison.ExportDocument.Row;
import org.uglymugs.report.api.PerpetratorDescription;

/**
 * The export as CSV: the JSON's fields, one row a record, the export's own fields on every row.
 * A cell that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) is neutralised with a leading apostrophe (OWASP, CSV injection).
 */
final class CsvExport {

    static final List<String> DESCRIPTION = List.of(
            "gender",
            "ageRange",
            "height",
            "build",
            "hair",
            "eyes",
            "skin",
            "marks",
            "voice",
            "smell",
            "clothing",
            "vehicle",
            "said");

    private CsvExport() {}

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of(
                "exportedAt",
                "exportedBy",
                "sanitisation",
                "reference",
                "source",
                "categories",
                "area",
                "setting",
                "occurredOn",
                "occurredFrom",
                "occurredTo"));
        DESCRIPTION.forEach(d -> header.add("description." + d));
        header.addAll(List.of(
                "identifiers",
                "linkedReports",
                "summary",
                "sourceEvaluation",
                "intelligenceAssessment",
                "handlingCode",
                "handlingConditions",
                "grading"));
        return header;
    }

    static byte[] write(ExportDocument doc) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header().toArray(String[]::new))
                        .get())) {
            for (Row r : doc.records()) {
                List<String> cells = new ArrayList<>(List.of(
                        doc.exportedAt(),
                        doc.exportedBy(),
                        doc.sanitisation(),
                        r.reference(),
                        r.source(),
                        String.join(";", r.categories()),
                        r.area(),
                        r.setting(),
                        r.occurredOn()));
                cells.add(r.occurredFrom());
                cells.add(r.occurredTo());
                cells.addAll(description(r.description()));
                cells.add(r.identifiers().stream()
                        .map(i -> i.type() + ":" + i.value() + (i.platform() == null ? "" : " (" + i.platform() + ")"))
                        .collect(Collectors.joining("; ")));
                cells.add(Long.toString(r.linkedReports()));
                cells.add(r.summary());
                cells.add(r.sourceEvaluation());
                cells.add(Integer.toString(r.intelligenceAssessment()));
                cells.add(r.handlingCode());
                cells.add(r.handlingConditions());
                cells.add(r.grading());
                csv.printRecord(cells.stream().map(CsvExport::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell a spreadsheet would run as a formula, made plain text. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static List<String> description(PerpetratorDescription d) {
        if (d == null) {
            return DESCRIPTION.stream().map(x -> (String) null).toList();
        }
        return Arrays.asList(
                d.gender(),
                d.ageRange(),
                d.height(),
                d.build(),
                d.hair(),
                d.eyes(),
                d.skin(),
                d.marks(),
                d.voice(),
                d.smell(),
                d.clothing(),
                d.vehicle(),
                d.said());
    }
}
