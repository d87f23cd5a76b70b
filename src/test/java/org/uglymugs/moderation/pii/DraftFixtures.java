package org.uglymugs.moderation.pii;

import java.util.LinkedHashMap;
import java.util.List;
import org.uglymugs.report.api.IdentifierConfig;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.NormalisedIdentifier;

/** Drafts, identifiers and reporters for the PII checker tests; nothing here is a real person. */
final class DraftFixtures {

    static final String SUMMARY = "summary";
    static final String CLEAN_ALERT = "Tall man, 40s, drives a silver Ford Focus, reg AB12 CDE. "
            + "Refused to pay after 2 hours, became violent around 10.30pm.";
    static final String PLATE = "AB12CDE";
    static final ReporterContact REPORTER =
            new ReporterContact("Anna de Vries", "07911 123456", "Anna.Reports@example.org");

    private DraftFixtures() {}

    static PiiChecker checker() {
        IdentifierConfig gb = () -> "GB";
        return new PiiChecker(new IdentifierNormaliser(gb));
    }

    /** Field name, text, field name, text, ... in this order. */
    static LinkedHashMap<String, String> draft(String... nameThenText) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            fields.put(nameThenText[i], nameThenText[i + 1]);
        }
        return fields;
    }

    static NormalisedIdentifier id(IdentifierType type, String canonical) {
        return new NormalisedIdentifier(type, canonical, type == IdentifierType.USERNAME ? "adultwork" : null);
    }

    /** Flags for one summary field, nothing published, no reporter contact. */
    static List<PiiFlag> flags(String summary) {
        return checker().check(draft(SUMMARY, summary), List.of(), null);
    }

    static List<PiiFlag> flags(String summary, NormalisedIdentifier... published) {
        return checker().check(draft(SUMMARY, summary), List.of(published), null);
    }

    static PiiFlag flag(PiiKind kind, String excerpt) {
        return new PiiFlag(SUMMARY, kind, excerpt);
    }
}
