package org.uglymugs.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report bodies for tests, as plain maps so a test can break any part of them. */
public final class Fixtures {

    public static final String AREA = "metropolitan";
    public static final String PHONE = "07911 123456";
    public static final String PHONE_E164 = "+447911123456";
    public static final String ACCOUNT = "He refused to pay and pushed me down the stairs.";
    public static final String CONTACT_EMAIL = "reporter.contact@example.org";

    private Fixtures() {
    }

    public static Map<String, Object> report() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categories", new ArrayList<>(List.of("PHYSICAL_ASSAULT", "FRAUD")));
        body.put("account", ACCOUNT);
        body.put("occurredAt", new LinkedHashMap<>(Map.of(
                "date", LocalDate.now().minusDays(2).toString(), "from", "22:00", "to", "23:30")));
        body.put("area", AREA);
        body.put("setting", "OUTCALL");
        body.put("locationText", "Hotel near the station");
        body.put("description", new LinkedHashMap<>(Map.of("gender", "man", "ageRange", "40-50", "build", "heavy")));
        List<Map<String, Object>> identifiers = new ArrayList<>();
        identifiers.add(new LinkedHashMap<>(Map.of("type", "PHONE", "value", PHONE)));
        identifiers.add(new LinkedHashMap<>(Map.of("type", "EMAIL", "value", "  Bad.Client@Example.COM ")));
        identifiers.add(new LinkedHashMap<>(Map.of("type", "VEHICLE_REG", "value", "ab12 cde")));
        identifiers.add(new LinkedHashMap<>(Map.of("type", "USERNAME", "value", "@BadGuy", "platform", "AdultWork")));
        body.put("identifiers", identifiers);
        body.put("risk", new LinkedHashMap<>(Map.of("knowsWhoItIs", false, "doneToOthers", true, "afraidOfHarm", false,
                "threats", "NONE", "weapon", false)));
        body.put("consents", consents(true, true, false, false, false));
        body.put("language", "en");
        return body;
    }

    public static Map<String, Object> consents(boolean alert, boolean intel, boolean policeContact, boolean support,
            boolean research) {
        return new LinkedHashMap<>(Map.of("alertOthers", alert, "policeIntel", intel, "policeContactMe", policeContact,
                "supportContactMe", support, "research", research));
    }

    public static Map<String, Object> incident() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("time", "14:30");
        body.put("location", "Outside my flat");
        body.put("whatHappened", "He waited outside again and shouted my name.");
        body.put("evidence", "Screenshots of texts");
        body.put("policeContacted", true);
        body.put("policeReference", "CAD-1234");
        body.put("impact", "I am scared to go out.");
        return body;
    }
}
