package org.uglymugs.liaison;

import java.util.List;
import java.util.Map;
import org.uglymugs.support.Api;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;

/** Reports of the consent matrix: one in each state, with markers planted where police must never look. */
final class MatrixReports {

    static final String MARKER = "ZQXMARKER";

    enum State {
        SUBMITTED,
        IN_REVIEW,
        NEEDS_INFO,
        RECORDED,
        PUBLISHED,
        REJECTED,
        INTEL_WITHDRAWN
    }

    private MatrixReports() {}

    /** A report in this state, with markers planted everywhere police must never see. */
    static Filed file(State state, boolean intel, boolean contact, String area) {
        Map<String, Object> body = Liaison.report(area, intel, contact);
        body.put("account", Fixtures.ACCOUNT + " " + MARKER);
        body.put("locationText", MARKER + " hotel");
        if (contact) {
            Map<String, Object> details = Fixtures.contact();
            details.put("safeTimes", "Evenings " + MARKER);
            body.put("contact", details);
        }
        Filed filed = Desk.file(body);
        String ref = filed.reference();
        String m = "/api/v1/moderation/reports/" + ref;
        Api.withReceipt(filed.receipt())
                .body(Fixtures.message("Reply " + MARKER))
                .post(Fixtures.MY_MESSAGES_PATH)
                .then()
                .statusCode(201);
        Map<String, Object> incident = Fixtures.incident();
        incident.put("location", MARKER + " street");
        Api.withReceipt(filed.receipt())
                .body(incident)
                .post(Fixtures.MY_INCIDENTS_PATH)
                .then()
                .statusCode(201);
        Desk.moderator()
                .body(Map.of("body", "Question " + MARKER))
                .post(m + "/messages")
                .then()
                .statusCode(204);
        Desk.moderator()
                .body(Map.of("body", "Note " + MARKER))
                .post(m + "/notes")
                .then()
                .statusCode(201);
        Liaison.grade(ref);
        switch (state) {
            case SUBMITTED -> {}
            case IN_REVIEW -> Desk.moderator().post(m + "/claim").then().statusCode(200);
            case NEEDS_INFO -> Liaison.decide(ref, Map.of("decision", "NEEDS_INFO", "question", "When?"));
            case RECORDED -> Liaison.decide(ref, Map.of("decision", "RECORD"));
            case PUBLISHED -> Liaison.decide(ref, Desk.publish(Desk.draft(area, List.of(), "Refused to pay."), false));
            case REJECTED -> Liaison.decide(ref, Map.of("decision", "REJECT", "reason", "SPAM"));
            case INTEL_WITHDRAWN -> {
                Liaison.decide(ref, Map.of("decision", "RECORD"));
                Liaison.withdraw(filed.receipt(), contact);
            }
        }
        return filed;
    }
}
