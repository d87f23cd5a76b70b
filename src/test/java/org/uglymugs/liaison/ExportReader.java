package org.uglymugs.liaison;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads exports back as police would: CSV rows by header, PDF text (PDFBox), file hashes. */
final class ExportReader {

    private ExportReader() {}

    /** Every row of the CSV, as header -> cell. */
    static List<Map<String, String>> csv(byte[] body) {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(new String(body, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> csvHeader(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return List.of(text.substring(0, text.indexOf("\r\n")).split(","));
    }

    /** The PDF's text with every run of whitespace made one space (lines wrap where the page ends). */
    static String pdfText(byte[] body) {
        try (PDDocument pdf = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page of the PDF. */
    static List<String> pdfPages(byte[] body) {
        try (PDDocument pdf = Loader.loadPDF(body)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
