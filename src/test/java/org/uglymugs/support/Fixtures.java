package org.uglymugs.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report bodies for tests, as plain maps so a test can break any part of them. */
public final class Fixtures {

    // Paths and headers of the reporter API (a contract: outside clients are tested against them).
    public static final String AREAS_PATH = "/api/v1/areas";
    public static final String REPORTS_PATH = "/api/v1/reports";
    public static final String MY_REPORT_PATH = "/api/v1/my-report";
    public static final String MY_INCIDENTS_PATH = MY_REPORT_PATH + "/incidents";
    public static final String MY_CONSENTS_PATH = MY_REPORT_PATH + "/consents";
    public static final String MY_MESSAGES_PATH = MY_REPORT_PATH + "/messages";
    public static final String RECEIPT_HEADER = "X-Receipt";

    // Problem details (RFC 9457).
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_TYPE_PREFIX = "urn:uglymugs:problem:";
    public static final String VALIDATION_PROBLEM = PROBLEM_TYPE_PREFIX + "validation";
    public static final String REPORT_NOT_FOUND_PROBLEM = PROBLEM_TYPE_PREFIX + "report-not-found";

    // Public formats.
    public static final String REFERENCE_PATTERN = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";
    public static final String RECEIPT_PATTERN = "([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}";

    // The report.
    public static final String AREA = "metropolitan";
    public static final String SETTING = "OUTCALL";
    public static final String ACCOUNT = "He refused to pay and pushed me down the stairs.";
    public static final String LOCATION_TEXT = "Hotel near the station";
    public static final String GENDER = "man";
    public static final String AGE_RANGE = "40-50";
    public static final String BUILD = "heavy";
    public static final String MARKS = "Snake tattoo on the left hand";

    // Identifiers, each in a second written form that normalises to the same value, and a different value.
    public static final String PHONE = "07911 123456";
    public static final String PHONE_INTERNATIONAL = "+44 7911 123456";
    public static final String PHONE_E164 = "+447911123456";
    public static final String PHONE_DIFFERENT = "07911 123457";
    public static final String EMAIL = "  Bad.Client@Example.COM ";
    public static final String EMAIL_OTHER_FORM = "bad.client@EXAMPLE.com";
    public static final String EMAIL_NORMALISED = "bad.client@example.com";
    public static final String EMAIL_DIFFERENT = "other.client@example.com";
    public static final String PLATE = "ab12 cde";
    public static final String PLATE_OTHER_FORM = "AB12CDE";
    public static final String PLATE_DIFFERENT = "XY12CDE";
    public static final String USERNAME = "@BadGuy";
    public static final String USERNAME_NORMALISED = "badguy";
    public static final String PLATFORM = "AdultWork";

    // The reporter's contact, only where a consent needs it.
    public static final String CONTACT_EMAIL = "reporter.contact@example.org";
    public static final String CONTACT_PHONE = "07912 345678";
    public static final String CONTACT_PHONE_E164 = "+447912345678";
    public static final String CONTACT_NAME = "Samira Kowalczyk";
    public static final String INVALID_PHONE = "12";

    // Later additions with the receipt.
    public static final String INCIDENT_TIME = "14:30";
    public static final String INCIDENT_LOCATION = "Outside my flat";
    public static final String INCIDENT_WHAT_HAPPENED = "He waited outside again and shouted my name.";
    public static final String INCIDENT_EVIDENCE = "Screenshots of texts";
    public static final String INCIDENT_POLICE_REFERENCE = "CAD-1234";
    public static final String INCIDENT_IMPACT = "I am scared to go out.";
    public static final String MESSAGE = "I remembered: he drove a blue estate car.";

    /** More than the one day ahead allowed for time zones. */
    public static final int DAYS_IN_FUTURE = 3;

    private Fixtures() {}

    public static Map<String, Object> report() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categories", new ArrayList<>(List.of("PHYSICAL_ASSAULT", "FRAUD")));
        body.put("account", ACCOUNT);
        body.put(
                "occurredAt",
                new LinkedHashMap<>(
                        Map.of("date", LocalDate.now().minusDays(2).toString(), "from", "22:00", "to", "23:30")));
        body.put("area", AREA);
        body.put("setting", SETTING);
        body.put("locationText", LOCATION_TEXT);
        body.put(
                "description",
                new LinkedHashMap<>(Map.of("gender", GENDER, "ageRange", AGE_RANGE, "build", BUILD, "marks", MARKS)));
        List<Map<String, Object>> identifiers = new ArrayList<>();
        identifiers.add(identifier("PHONE", PHONE));
        identifiers.add(identifier("EMAIL", EMAIL));
        identifiers.add(identifier("VEHICLE_REG", PLATE));
        identifiers.add(new LinkedHashMap<>(Map.of("type", "USERNAME", "value", USERNAME, "platform", PLATFORM)));
        body.put("identifiers", identifiers);
        body.put(
                "risk",
                new LinkedHashMap<>(Map.of(
                        "knowsWhoItIs",
                        false,
                        "doneToOthers",
                        true,
                        "afraidOfHarm",
                        false,
                        "threats",
                        "NONE",
                        "weapon",
                        false)));
        body.put("consents", consents(true, true, false, false, false));
        body.put("language", "en");
        return body;
    }

    /** A report with these categories and risk answers only (no answers when {@code risk} is null). */
    public static Map<String, Object> report(List<String> categories, Map<String, Object> risk) {
        Map<String, Object> body = report();
        body.put("categories", new ArrayList<>(categories));
        if (risk == null) {
            body.remove("risk");
        } else {
            body.put("risk", new LinkedHashMap<>(risk));
        }
        return body;
    }

    /** A report with only these identifiers. */
    public static Map<String, Object> reportNaming(List<Map<String, Object>> identifiers) {
        Map<String, Object> body = report();
        body.put("identifiers", new ArrayList<>(identifiers));
        return body;
    }

    /** Risk answers that raise nothing: he is unknown, has done nothing else, no threats, no weapon. */
    public static Map<String, Object> calmRisk() {
        return new LinkedHashMap<>(Map.of(
                "knowsWhoItIs",
                false,
                "doneToOthers",
                false,
                "afraidOfHarm",
                false,
                "howLong",
                "ONCE",
                "threats",
                "NONE",
                "weapon",
                false,
                "blackmail",
                false));
    }

    public static Map<String, Object> identifier(String type, String value) {
        return new LinkedHashMap<>(Map.of("type", type, "value", value));
    }

    public static Map<String, Object> consents(
            boolean alert, boolean intel, boolean policeContact, boolean support, boolean research) {
        return new LinkedHashMap<>(Map.of(
                "alertOthers",
                alert,
                "policeIntel",
                intel,
                "policeContactMe",
                policeContact,
                "supportContactMe",
                support,
                "research",
                research));
    }

    public static Map<String, Object> contact() {
        return new LinkedHashMap<>(Map.of("name", CONTACT_NAME, "phone", CONTACT_PHONE, "email", CONTACT_EMAIL));
    }

    /** A report whose reporter agreed to police contact and gave a phone and an email. */
    public static Map<String, Object> reportWithContact() {
        Map<String, Object> body = report();
        body.put("consents", consents(true, true, true, false, false));
        body.put("contact", contact());
        return body;
    }

    public static Map<String, Object> incident() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("time", INCIDENT_TIME);
        body.put("location", INCIDENT_LOCATION);
        body.put("whatHappened", INCIDENT_WHAT_HAPPENED);
        body.put("evidence", INCIDENT_EVIDENCE);
        body.put("policeContacted", true);
        body.put("policeReference", INCIDENT_POLICE_REFERENCE);
        body.put("impact", INCIDENT_IMPACT);
        return body;
    }

    public static Map<String, Object> message(String text) {
        return new LinkedHashMap<>(Map.of("body", text));
    }

    public static Map<String, Object> consentChange(Map<String, Object> consents, Map<String, Object> contact) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consents", consents);
        if (contact != null) {
            body.put("contact", contact);
        }
        return body;
    }

    /** A date more than the allowed one day ahead. */
    public static String futureDate() {
        return LocalDate.now().plusDays(DAYS_IN_FUTURE).toString();
    }

    /** {@code length} characters of filler ending in {@code marker}, to prove the text is not echoed. */
    public static String longText(int length, String marker) {
        return "x".repeat(Math.max(0, length - marker.length())) + marker;
    }
}
