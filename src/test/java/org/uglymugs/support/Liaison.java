package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Liaison-side helpers: officers of a fresh area, and reports made ready for police. */
public final class Liaison {

    public static final String SUMMARY = "Repeat non-payment and violence at outcalls; same vehicle each time.";
    public static final String INTEL = "/api/v1/liaison/intel";

    private Liaison() {}

    /**
     * A police liaison officer for these areas, 2FA enrolled. The name sorts after every other test
     * account, so lists of staff that other tests read a first page of stay as they expect.
     */
    public static StaffApi.Account officer(String... areas) {
        return StaffApi.create(StaffApi.unique("zz-officer"), Set.of("POLICE_LIAISON"), Set.of(areas));
    }

    public static RequestSpecification as(StaffApi.Account officer) {
        return given().auth().oauth2(StaffApi.token(officer)).contentType(ContentType.JSON);
    }

    /**
     * A report body in this area with these police consents (contact given when police may contact).
     * Standard risk (fraud, calm answers): one left awaiting a decision never crowds the first page
     * of the moderators' shared queue that other tests read.
     */
    public static Map<String, Object> report(String area, boolean intel, boolean contact) {
        Map<String, Object> body = Fixtures.report(List.of("FRAUD"), Fixtures.calmRisk());
        body.put("area", area);
        body.put("consents", Fixtures.consents(true, intel, contact, false, false));
        if (contact) {
            body.put("contact", Fixtures.contact());
        }
        return body;
    }

    public static Map<String, Object> intelligence(String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary);
        body.put("intelligenceAssessment", 3);
        body.put("handlingCode", "C");
        body.put("handlingConditions", "Not to be disclosed to the suspect");
        return body;
    }

    /** The moderator writes the summary and grading, then records the report. */
    public static void record(String reference) {
        grade(reference);
        decide(reference, Map.of("decision", "RECORD"));
    }

    public static void grade(String reference) {
        Desk.moderator()
                .body(intelligence(SUMMARY))
                .put("/api/v1/moderation/reports/" + reference + "/intelligence")
                .then()
                .statusCode(200);
    }

    public static void decide(String reference, Map<String, Object> decision) {
        Desk.moderator()
                .body(decision)
                .post("/api/v1/moderation/reports/" + reference + "/decision")
                .then()
                .statusCode(200);
    }

    public static void publish(String reference, String area) {
        grade(reference);
        decide(reference, Desk.publish(Desk.draft(area, List.of(), "Refused to pay and became violent."), false));
    }

    /** A report in this area with policeIntel consent, graded and recorded: visible to the area's officers. */
    public static Desk.Filed ready(String area) {
        Desk.Filed filed = Desk.file(report(area, true, false));
        record(filed.reference());
        return filed;
    }

    /** A ready report whose reporter also agreed to police contact and gave their details. */
    public static Desk.Filed reportWithContact(String area) {
        Desk.Filed filed = Desk.file(report(area, true, true));
        record(filed.reference());
        return filed;
    }

    /** The reporter withdraws policeIntel, keeping alertOthers and, if given, policeContactMe. */
    public static void withdraw(String receipt, boolean keepContact) {
        Api.withReceipt(receipt)
                .contentType(ContentType.JSON)
                .body(Fixtures.consentChange(Fixtures.consents(true, false, keepContact, false, false), null))
                .put(Fixtures.MY_CONSENTS_PATH)
                .then()
                .statusCode(200);
    }
}
