package org.uglymugs.moderation.page;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** The review page's form for the intelligence summary and grading police see. */
@QuarkusTest
class IntelligencePageTest {

    @Test
    void aModeratorGradesAReportForPoliceFromTheReviewPage() {
        Filed filed = Desk.file(Liaison.report(Fixtures.AREA, true, true));
        PageSession session = PageSession.of(StaffApi.MODERATOR);
        String review = "/staff/reports/" + filed.reference();
        String html = session.given()
                .get(review + "?lang=en")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = PageSession.csrfIn(html);
        session.form(csrf)
                .formParam("intelSummary", "Call him on 020 7946 0958.")
                .formParam("intelAssessment", "2")
                .formParam("intelHandling", "P")
                .post(review + "/intelligence")
                .then()
                .statusCode(400)
                .body(containsString("Looks like a phone number"));
        session.form(csrf)
                .formParam("intelSummary", Liaison.SUMMARY)
                .formParam("intelHandling", "C")
                .post(review + "/intelligence")
                .then()
                .statusCode(400)
                .body(containsString("id=\"intelAssessment-error\""));
        session.form(csrf)
                .formParam("intelSummary", Liaison.SUMMARY)
                .formParam("intelSource", "A")
                .formParam("intelAssessment", "2")
                .formParam("intelHandling", "C")
                .formParam("intelConditions", "Not to be disclosed to the suspect")
                .post(review + "/intelligence")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=intelligence"));
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .body("intelligence.grading", equalTo("A2C"));
        session.given()
                .get(review + "?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("Informatie voor de politie"), containsString(Liaison.SUMMARY));
        Filed noConsent = Desk.file(Liaison.report(Fixtures.AREA, false, false));
        session.given()
                .get("/staff/reports/" + noConsent.reference() + "?lang=en")
                .then()
                .body(containsString("No consent to share with police"), not(containsString("name=\"intelSummary\"")));
    }
}
