package org.uglymugs.subscription;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.uglymugs.support.Fixtures.identifier;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Subscribers;

/**
 * The check never reveals a report that is not behind a live alert, in any state, not even as a
 * count. (It cannot by timing either: it reads only the hashes that live alerts publish.)
 */
@QuarkusTest
class CheckNoLeakTest {

    GreenMail mail;

    /** One subscriber for the class: each test names a number of its own. */
    private static String area;

    private static String token;

    private String phone;
    private Desk.Filed filed;

    @BeforeEach
    void aReportNamingAFreshNumber() {
        if (token == null) {
            area = Desk.newArea("leak");
            token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("leak"), area));
        }
        phone = "07400 " + Checks.digits();
        filed = Checks.file(List.of(identifier("PHONE", phone)));
    }

    @Test
    void aSubmittedReportIsNotRevealed() {
        assertNoMatch();
    }

    @Test
    void aReportInReviewIsNotRevealed() {
        Desk.moderator()
                .post("/api/v1/moderation/reports/" + filed.reference() + "/claim")
                .then()
                .statusCode(200);
        assertNoMatch();
        Checks.decide(filed.reference(), Map.of("decision", "NEEDS_INFO", "question", "Which hotel was it?"));
        assertNoMatch();
    }

    @Test
    void aRecordedReportIsNotRevealed() {
        Checks.decide(filed.reference(), Map.of("decision", "RECORD"));
        assertNoMatch();
    }

    @Test
    void aRejectedReportIsNotRevealed() {
        Checks.decide(filed.reference(), Map.of("decision", "REJECT", "reason", "SPAM"));
        assertNoMatch();
    }

    @Test
    void anErasedReportStopsCountingAtOnce() {
        Checks.publish(filed.reference(), List.of(area));
        Checks.check(token, "PHONE", phone).statusCode(200).body("matches", equalTo(1));
        Api.withReceipt(filed.receipt()).delete(Fixtures.MY_REPORT_PATH).then().statusCode(204);
        assertNoMatch();
    }

    @Test
    void aRetractedAlertStopsCountingAtOnce() {
        long alert = Checks.publish(filed.reference(), List.of(area));
        Checks.check(token, "PHONE", phone).statusCode(200).body("alerts", contains((int) alert));
        Checks.retract(alert);
        assertNoMatch();
    }

    @Test
    void withdrawingConsentToWarnOthersStopsCountingAtOnce() {
        Checks.publish(filed.reference(), List.of(area));
        Api.withReceipt(filed.receipt())
                .body(Fixtures.consentChange(Fixtures.consents(false, true, false, false, false), null))
                .put(Fixtures.MY_CONSENTS_PATH)
                .then()
                .statusCode(200);
        assertNoMatch();
    }

    @Test
    void anUpdateThatNoLongerPublishesTheNumberStopsCountingAtOnce() {
        long alert = Checks.publish(filed.reference(), List.of(area));
        Desk.moderator()
                .body(Map.of("alert", Desk.draft(area, List.of(), "He turned violent."), "override", Desk.OVERRIDE_ALL))
                .post("/api/v1/moderation/alerts/" + alert + "/update")
                .then()
                .statusCode(200);
        assertNoMatch();
    }

    private void assertNoMatch() {
        Checks.check(token, "PHONE", phone)
                .statusCode(200)
                .body("matches", equalTo(0))
                .body("alerts", org.hamcrest.Matchers.empty());
    }
}
